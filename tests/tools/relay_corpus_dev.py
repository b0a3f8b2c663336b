"""Render the DEV relay-text corpus (tests/fixtures/relay_text/dev/) from hand-written bodies.

The bodies live in relay_corpus_dev_cases/*.txt (plain text, so that long rambling lines stay
as they were written). This script wraps each body in the headers and MIME structure of a
real client (Gmail, Outlook desktop/web/mobile, Apple Mail, iPhone, Samsung Email,
Thunderbird, Yahoo, Proton, BlackBerry Work, HTML-only webmail) and writes the labels from
the same markup, so that the labels cannot drift from the text:

    [[Lien]]      an identity span inside the writer's own words (cuts the content there)
    <<...>>       words in the body that are neither content nor identity (a "#thema:" tag)
    {pseudonym}   the placeholder; cuts the content, is never labelled

Run it, then the checker:

    python3 -m tests.tools.relay_corpus_dev            # writes the .eml files and labels.toml
    python3 -m tests.tools.relay_corpus_dev --check    # verifies what is on disk

Case file format (one case per "=== name" block; "key: value" lines, then "body:", then
optionally "sig:"; every line after "body:" up to "sig:" or the next "===" is the body):

    === s-lien-tussentaal
    dir: seeker                 seeker | volunteer
    client: gmail_android       a key of CLIENTS below
    lang: nl
    tags: tussentaal, own-name-in-text
    from: Lien Janssens <lien.janssens@gezin.example>   (raw header text, may hold =?..?= words)
    subject: vraagje
    opts: sig_html_only        signature only in the HTML part (the text part lacks it)
          quote_confirmation   a seeker replying to the helpline's confirmation, quoting it
          bottom_post          the writer's words under the quote instead of above it
          no_quote             a volunteer who deleted the quoted forward
          no_client_line       no "Sent from my iPhone"-type line
          logo, logo_attachment  Outlook signature logo inline (cid:) or as an attachment
          html_only, plain_only, empty_subject, crlf
    id: extra identity string || another       (strings the markup cannot point at)
    hdr: Resent-From: Sam <sam@x.example>      (extra header, repeatable)
    vol: veerle.peeters@vrijwilligers.example | Veerle   (volunteers: registered address, nickname)
    html_replace: from => to                   (raw HTML tweak, e.g. a "." written as &#46;;
                                               repeatable)
    html_sig: <table>...</table>               (raw HTML signature in place of the rendered one,
                                               e.g. an Outlook table with a photo's alt text;
                                               its identity strings go in id:)
    attach: text/vcard | filename*=utf-8''Zo%C3%AB.vcf | BEGIN:VCARD\nFN:Zoë\nEND:VCARD
                                               (an attachment: type | raw filename parameter |
                                               body with \n for line ends; repeatable;
                                               a message/rfc822 body is a whole mail,
                                               forwarded as an attachment, sent unencoded)
    body:
    ...
    sig:
    ...                                        (signature: [[...]] identity, rest neither)
"""

from __future__ import annotations

import base64
import email
import email.policy
import html
import quopri
import random
import re
import sys
import tomllib
import unicodedata
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from email.message import Message
from email.utils import parseaddr
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "fixtures" / "relay_text" / "dev"
CASES = Path(__file__).resolve().parent / "relay_corpus_dev_cases"
HELPLINE = "hulp@lumi.example"
MARK = re.compile(r"\[\[(.+?)\]\]|<<(.+?)>>|\{pseudonym\}|\{alias\}|#[Tt]h[eè]m[ae]s?:.*$")
PUBLIC_DOMAINS = {
    "gmail.example", "hotmail.example", "outlook.example", "icloud.example", "yahoo.example",
    "proton.example", "telenet.example", "skynet.example", "live.example", "orange.example",
    "free.example", "laposte.example", "me.example",
}
NAME_PARTICLES = {"van", "de", "der", "den", "le", "la", "du", "fam.", "fam", "mama", "papa",
                  "familie", "famille", "mom", "dad", "mum", "&", "en", "et", "and", "-",
                  "leerling", "leerlingen", "oma", "opa", "the", "family", "inbox", "anoniem",
                  "anonymous", "anonyme", "via", "gezin"}
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")


@dataclass
class Case:
    name: str
    meta: dict[str, str]
    headers: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    sig: list[str] = field(default_factory=list)

    @property
    def opts(self) -> set[str]:
        return {o.strip() for o in re.split(r"[;,]", self.meta.get("opts", "")) if o.strip()}

    @property
    def lang(self) -> str:
        return self.meta["lang"]

    @property
    def volunteer(self) -> bool:
        return self.meta["dir"] == "volunteer"


def parse_cases(text: str) -> list[Case]:
    cases: list[Case] = []
    current: Case | None = None
    defaults: dict[str, str] = {}
    section = "meta"
    for raw in text.split("\n"):
        line = raw.rstrip("\r")
        if line.startswith("=== "):
            current = Case(name=line[4:].strip(), meta=dict(defaults))
            cases.append(current)
            section = "meta"
            continue
        if current is None:
            key, sep, value = line.partition(":")
            if sep and key.strip() and not key.startswith("#"):
                defaults[key.strip()] = value.strip()  # file-wide default, e.g. "lang: fr"
            continue
        if section == "meta":
            if line.strip() == "body:":
                section = "body"
            elif line.strip() == "":
                continue
            else:
                key, _, value = line.partition(":")
                key, value = key.strip(), value.strip()
                if key == "hdr":
                    current.headers.append(value)
                elif key in ("html_replace", "attach") and key in current.meta:
                    current.meta[key] += " ;; " + value  # repeatable
                else:
                    current.meta[key] = value
        elif line.startswith("id: "):
            # Extra identity strings may also be noted at the end of a case.
            current.meta["id"] = current.meta.get("id", "") + " || " + line[4:]
        elif line.strip() == "sig:" and section == "body":
            section = "sig"
        else:
            line = re.sub(r"\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), line.rstrip())
            if section == "sig" and line == "--":
                line = "-- "  # the delimiter's trailing space, which an editor would strip here
            (current.body if section == "body" else current.sig).append(line)
    for case in cases:
        if case.meta.get("dir") == "volunteer" and "vol" not in case.meta:
            name, addr = sender_of(case)
            case.meta["vol"] = f"{addr} | {name.split()[0] if name else addr.split('.')[0]}"
        for part in (case.body, case.sig):
            while part and not part[-1].strip():
                part.pop()
            while part and not part[0].strip():
                part.pop(0)
    return cases


# ---------------------------------------------------------------- markup


def plain(line: str) -> str:
    """The line as the writer typed it: markers dropped, their text kept."""
    return MARK.sub(lambda m: m.group(1) or m.group(2) or m.group(0), line)


def identities_in(line: str) -> list[str]:
    return [m.group(1) for m in MARK.finditer(line) if m.group(1)]


def content_pieces(line: str) -> list[str]:
    pieces = MARK.split(line)
    # re.split with groups interleaves the groups: keep only the text between markers.
    step = 1 + MARK.groups
    texts = [pieces[i] for i in range(0, len(pieces), step)]
    return [t.strip() for t in texts if t and t.strip()]


# ---------------------------------------------------------------- texts the clients quote

CONFIRMATION = {
    "nl": """Hallo,

Je bericht is goed aangekomen bij Lumi. Een vrijwilliger leest het
en antwoordt je zo snel mogelijk, meestal binnen enkele dagen.

Je hoeft ons je naam niet te geven. De vrijwilliger ziet jouw mailadres niet,
en ons antwoord komt van dit adres, zonder de naam van de vrijwilliger.

Dit is een automatisch bericht.

Lumi""",
    "fr": """Bonjour,

Ton message est bien arrivé chez Lumi. Un·e bénévole va le lire et
te répondre dès que possible, en général dans quelques jours.

Tu n'as pas besoin de nous donner ton nom. Le ou la bénévole ne voit pas ton
adresse, et notre réponse vient de cette adresse.

Ceci est un message automatique.

Lumi""",
    "en": """Hello,

Your message has arrived safely at Lumi. A volunteer will read it and
answer you as soon as possible, usually within a few days.

You don't need to tell us your name. The volunteer cannot see your address,
and our answer comes from this address, without the volunteer's name.

This is an automatic message.

Lumi""",
}
CONFIRMATION_SUBJECT = {"nl": "Je bericht is goed aangekomen", "fr": "Ton message est bien arrivé",
                        "en": "Your message has arrived"}

NOTE = {
    "nl": """Dit gesprek heet {pseudonym}. Antwoord gewoon op deze mail: je antwoord gaat vanaf
hulp@lumi.example naar de hulpvrager, zonder je naam, je adres of je handtekening.
Noteer de thema's met een regel "#thema: ...", met als keuze: coming-out,
genderidentiteit, relaties, pesten, welzijn, familie, andere.
Die regel wordt weggehaald voor je antwoord vertrekt.
----------------------------------------------------------------""",
    "fr": """Cette conversation s'appelle {pseudonym}. Réponds simplement à ce message : ta réponse
part de hulp@lumi.example vers la personne, sans ton nom, ton adresse ni ta signature.
Note les thèmes avec une ligne « #theme: ... », au choix : coming-out,
genderidentiteit, relaties, pesten, welzijn, familie, andere.
Cette ligne est retirée avant l'envoi de ta réponse.
----------------------------------------------------------------""",
    "en": """This conversation is called {pseudonym}. Just reply to this mail: your answer goes out
from hulp@lumi.example to the help-seeker, without your name, address or signature.
Note the themes with a line "#theme: ...", choosing from: coming-out,
genderidentiteit, relaties, pesten, welzijn, familie, andere.
That line is removed before your answer leaves.
----------------------------------------------------------------""",
}

# What the help-seeker wrote, as the forward shows it (already scrubbed by the relay).
FORWARDED = {
    "nl": [
        ("ik denk dat ik bi ben", "hoi\nik denk dat ik bi ben maar ik weet het nie zeker\n"
         "hoe weet ge da eigenlijk\nen moet ik het aan mijn ouders zeggen"),
        ("help", "mijn ma heeft mijn gsm gelezen en nu weet ze het van mijn vriend\n"
         "ze praat nie meer tegen mij\nwat moet ik doen"),
        ("vraag", "Hallo, ik ben 16 en ik voel me al lang geen meisje. Ik wil graag een "
         "andere naam op school maar ik durf het niet te vragen. Kan dat eigenlijk?"),
        ("gepest", "ze noemen mij elke dag een flikker op de bus\nik wil nie meer naar school"),
        ("mijn vriendin", "Ik ben verliefd op mijn beste vriendin en zij weet het niet. "
         "Ik ben bang dat ik haar kwijtraak als ik het zeg."),
        ("non-binair", "is het raar als ik me geen jongen en geen meisje voel\n"
         "mijn zus zegt dat het een fase is"),
    ],
    "fr": [
        ("question", "salut\njsp si je suis gay ou pas\n"
         "je pense tout le temps à un gars de ma classe"),
        ("aide", "Mes parents savent pas que je suis trans et je sais pas comment leur dire. "
         "J'ai 15 ans."),
        ("harcèlement", "on m'insulte sur snap depuis que j'ai dit que j'étais lesbienne"),
        ("ma copine", "ma copine veut qu'on le dise à tout le monde mais moi j'ai peur"),
    ],
    "en": [
        ("question", "hi\nim 14 and i think im gay\nhow do i tell my mum"),
        ("help pls", "My parents found my binder and now they want me to see a priest. "
         "I don't know what to do."),
        ("idk", "is it normal to not want a relationship at all\nall my friends are dating"),
        ("school", "some guys in my class keep calling me slurs and the teachers do nothing"),
    ],
}

ATTRIB_DAYS = {"nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
               "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
               "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}
MONTHS = {"nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov",
                 "dec"],
          "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                 "oct.", "nov.", "déc."],
          "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                 "Dec"]}
LONG_DAYS = {"nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
             "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
             "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}
LONG_MONTHS = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                      "september", "oktober", "november", "december"],
               "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                      "septembre", "octobre", "novembre", "décembre"],
               "en": ["January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"]}

CLIENT_LINES = {
    "iphone": {"nl": "Verstuurd vanaf mijn iPhone", "fr": "Envoyé de mon iPhone",
               "en": "Sent from my iPhone"},
    "ipad": {"nl": "Verstuurd vanaf mijn iPad", "fr": "Envoyé de mon iPad",
             "en": "Sent from my iPad"},
    "samsung": {"nl": "Verstuurd vanaf mijn Samsung-apparaat",
                "fr": "Envoyé depuis mon appareil Galaxy", "en": "Sent from my Galaxy"},
    "yahoo": {"nl": "Verzonden vanuit Yahoo Mail voor Android",
              "fr": "Envoyé de Yahoo Mail pour Android", "en": "Sent from Yahoo Mail on Android"},
    "proton": {"nl": "Verzonden met beveiligde e-mail van Proton Mail.",
               "fr": "Envoyé avec la messagerie sécurisée Proton Mail.",
               "en": "Sent with Proton Mail secure email."},
    "blackberry": {"nl": "Verzonden met BlackBerry Work\n(www.blackberry.com)",
                   "fr": "Envoyé avec BlackBerry Work\n(www.blackberry.com)",
                   "en": "Sent with BlackBerry Work\n(www.blackberry.com)"},
    "outlook_mobile": {"nl": "Outlook voor Android downloaden",
                       "fr": "Télécharger Outlook pour iOS",
                       "en": "Get Outlook for Android"},
    "gmail_android": {"nl": "", "fr": "", "en": ""},
    "outlook_ios": {"nl": "Outlook voor iOS downloaden", "fr": "Télécharger Outlook pour iOS",
                    "en": "Get Outlook for iOS"},
}


@dataclass
class Client:
    label: str
    family: str            # gmail | outlook | apple | samsung | thunderbird | yahoo | proton | ...
    structure: str         # plain | alternative | html
    quote: str             # gmail | outlook | outlook_web | apple | thunderbird | samsung | ...
    line: str = ""         # key of CLIENT_LINES
    encoding: str = "qp"   # qp | base64 | 8bit
    crlf: bool = True


CLIENTS: dict[str, Client] = {
    "gmail_web": Client("Gmail web", "gmail", "alternative", "gmail"),
    "gmail_android": Client("Gmail Android", "gmail", "alternative", "gmail"),
    "gmail_ios": Client("Gmail iOS", "gmail", "alternative", "gmail"),
    "outlook_desktop": Client("Outlook desktop (Windows)", "outlook", "alternative", "outlook"),
    "outlook_web": Client("Outlook web", "outlook", "alternative", "outlook_web"),
    "outlook_mobile": Client("Outlook Android", "outlook", "alternative", "outlook_web",
                             line="outlook_mobile"),
    "apple_mail": Client("Apple Mail (macOS)", "apple", "alternative", "apple", crlf=False),
    "iphone": Client("iPhone Mail", "apple", "plain", "apple", line="iphone", crlf=False),
    "iphone_html": Client("iPhone Mail", "apple", "alternative", "apple", line="iphone",
                          crlf=False),
    "ipad": Client("iPad Mail", "apple", "plain", "apple", line="ipad", crlf=False),
    "samsung": Client("Samsung Email", "samsung", "alternative", "samsung", line="samsung",
                      encoding="base64"),
    "thunderbird": Client("Thunderbird", "thunderbird", "plain", "thunderbird", encoding="8bit",
                          crlf=False),
    "thunderbird_html": Client("Thunderbird (HTML)", "thunderbird", "alternative", "thunderbird",
                               encoding="8bit", crlf=False),
    "yahoo": Client("Yahoo Mail Android", "yahoo", "alternative", "yahoo", line="yahoo"),
    "proton": Client("Proton Mail", "proton", "alternative", "proton", line="proton",
                     encoding="base64"),
    "blackberry": Client("BlackBerry Work", "blackberry", "plain", "outlook", line="blackberry"),
    "webmail_html": Client("Webmail (HTML only)", "webmail", "html", "gmail"),
    "iphone_html_only": Client("iPhone Mail (HTML only)", "apple", "html", "apple", line="iphone",
                               crlf=False),
    "outlook_html_only": Client("Outlook web (HTML only)", "outlook", "html", "outlook_web"),
    "outlook_ios": Client("Outlook iOS", "outlook", "alternative", "outlook_web",
                          line="outlook_ios"),
    "tutanota": Client("Tutanota", "webmail", "html", "gmail"),
    "gmx": Client("GMX webmail", "webmail", "alternative", "outlook_web"),
    "spark": Client("Spark (iOS)", "webmail", "alternative", "gmail"),
    "edison": Client("Edison Mail (Android)", "webmail", "alternative", "gmail"),
    "bluemail": Client("BlueMail (Android)", "webmail", "alternative", "gmail"),
}


# ---------------------------------------------------------------- helpers


def decoded(value: str) -> str:
    return str(make_header(decode_header(value)))


def sender_of(case: Case) -> tuple[str, str]:
    raw = case.meta["from"]
    name, addr = parseaddr(decoded(raw))
    if not name:
        comment = re.search(r"\(([^)]*)\)", raw)
        name = comment.group(1) if comment else ""
    return name, addr


def when(index: int, lang: str) -> tuple[str, str, str]:
    """A Date header and two ways clients write the moment of the quoted mail."""
    rng = random.Random(index)
    month = rng.randrange(12)
    day = rng.randrange(1, 28)
    hour, minute = rng.randrange(7, 23), rng.randrange(60)
    import datetime as dt
    moment = dt.datetime(2026, month + 1, day, hour, minute, rng.randrange(60),
                         tzinfo=dt.timezone(dt.timedelta(hours=2 if 3 <= month <= 9 else 1)))
    date = email.utils.format_datetime(moment)
    earlier = moment - dt.timedelta(hours=rng.randrange(2, 50), minutes=rng.randrange(60))
    wd = earlier.weekday()
    short = (f"{ATTRIB_DAYS[lang][wd]} {earlier.day} {MONTHS[lang][earlier.month - 1]} "
             f"{earlier.year} om {earlier:%H:%M}")
    if lang == "fr":
        short = short.replace(" om ", " à ")
    if lang == "en":
        short = (f"{ATTRIB_DAYS[lang][wd]}, {earlier.day} {MONTHS[lang][earlier.month - 1]} "
                 f"{earlier.year} at {earlier:%H:%M}")
    long = (f"{LONG_DAYS[lang][wd]} {earlier.day} {LONG_MONTHS[lang][earlier.month - 1]} "
            f"{earlier.year} {earlier:%H:%M}")
    return date, short, long


def qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def encode_part(text: str, ctype: str, encoding: str, volunteer: bool,
                extra: str = "") -> str:
    """A MIME leaf. Placeholders must stay readable: never base64, never cut by a soft break."""
    if volunteer and encoding == "base64":
        encoding = "qp"
    if encoding == "qp" and not text.isascii() or encoding == "qp" and any(
            len(x) > 76 for x in text.split("\n")):
        body = qp(text)
        if volunteer and any(text.count(p) != body.count(p)
                             for p in ("{pseudonym}", "{alias}", "{forward_id}")):
            # A soft line break cut a placeholder: send the part as 8bit, as many clients do.
            body, cte = text, "8bit"
        else:
            cte = "quoted-printable"
    elif encoding == "base64":
        body = base64.encodebytes(text.encode()).decode()
        cte = "base64"
    elif text.isascii():
        body, cte = text, "7bit"
    else:
        body, cte = text, "8bit"
    head = f"Content-Type: {ctype}; charset=\"UTF-8\"{extra}\nContent-Transfer-Encoding: {cte}\n"
    return head + "\n" + body.rstrip("\n") + "\n"


def esc(line: str) -> str:
    return html.escape(line, quote=False)


# ---------------------------------------------------------------- quoting


@dataclass
class Quoted:
    name: str
    addr: str
    to: str
    subject: str
    text: str


def quoted_for(case: Case, index: int) -> Quoted | None:
    lang = case.lang
    if case.volunteer:
        if "no_quote" in case.opts:
            return None
        pool = FORWARDED[lang]
        subj, text = pool[index % len(pool)]
        return Quoted("{pseudonym} via Lumi", "{alias}", case_from_name(case),
                      f"[{{pseudonym}}] {subj}", NOTE[lang] + "\n\n" + text)
    if "quote_confirmation" in case.opts:
        return Quoted("Lumi", HELPLINE, case_from_name(case), CONFIRMATION_SUBJECT[lang],
                      CONFIRMATION[lang])
    return None


def case_from_name(case: Case) -> str:
    name, addr = sender_of(case)
    return f"{name} <{addr}>" if name else addr


def quote_plain(style: str, q: Quoted, lang: str, index: int) -> str:
    _, short, long = when(index, lang)
    gt = "\n".join(("> " + x) if x else ">" for x in q.text.split("\n"))
    wrote = {"nl": "schreef", "fr": "a écrit", "en": "wrote"}[lang]
    labels = {"nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
              "fr": ("De", "Envoyé", "À", "Objet"),
              "en": ("From", "Sent", "To", "Subject")}[lang]
    if style == "gmail":
        if lang == "nl":
            return f"Op {short} schreef {q.name} <{q.addr}>:\n\n{gt}\n"
        if lang == "fr":
            return f"Le {short}, {q.name} <{q.addr}> a écrit :\n\n{gt}\n"
        return f"On {short} {q.name} <{q.addr}> wrote:\n\n{gt}\n"
    if style in ("outlook", "outlook_web"):
        sep = "________________________________\n" if style == "outlook_web" else ""
        return (f"{sep}{labels[0]}: {q.name} <{q.addr}>\n{labels[1]}: {long}\n"
                f"{labels[2]}: {q.to}\n{labels[3]}: {q.subject}\n\n{q.text}\n")
    if style == "apple":
        if lang == "nl":
            att = f"Op {short} heeft {q.name} <{q.addr}> het volgende geschreven:"
        elif lang == "fr":
            att = f"Le {short}, {q.name} <{q.addr}> a écrit :"
        else:
            att = f"On {short}, {q.name} <{q.addr}> wrote:"
        return f"> {att}\n> \n{gt}\n"
    if style == "thunderbird":
        return f"Op {short} schreef {q.name}:\n{gt}\n" if lang == "nl" else (
            f"Le {short}, {q.name} a écrit :\n{gt}\n" if lang == "fr"
            else f"On {short}, {q.name} wrote:\n{gt}\n")
    if style == "samsung":
        head = {"nl": "-------- Oorspronkelijk bericht --------",
                "fr": "-------- Message d'origine --------",
                "en": "-------- Original message --------"}[lang]
        date = {"nl": "Datum", "fr": "Date", "en": "Date"}[lang]
        return (f"{head}\n{labels[0]}: {q.name} <{q.addr}>\n{date}: {short}\n"
                f"{labels[2]}: {q.to}\n{labels[3]}: {q.subject}\n\n{q.text}\n")
    if style == "proton":
        head = {"nl": "------- Oorspronkelijk bericht -------",
                "fr": "------- Message d'origine -------",
                "en": "------- Original Message -------"}[lang]
        return f"{head}\n{long}, {q.name} <{q.addr}> {wrote}:\n\n{gt}\n"
    if style == "yahoo":
        return f"Op {long} schreef {q.name} <{q.addr}>:\n\n{gt}\n" if lang == "nl" else (
            f"{long}, {q.name} <{q.addr}> {wrote}:\n\n{gt}\n")
    raise ValueError(style)


def quote_html(style: str, q: Quoted, lang: str, index: int) -> str:
    text_html = "<br>\n".join(esc(x) for x in q.text.split("\n"))
    if style in ("outlook", "outlook_web"):
        plain_q = quote_plain(style, q, lang, index)
        head, _, _rest = plain_q.partition("\n\n")
        head_lines = [x for x in head.split("\n") if not x.startswith("____")]
        rows = "".join(f"<b>{esc(h.split(':', 1)[0])}:</b>{esc(h.split(':', 1)[1])}<br>\n"
                       for h in head_lines)
        if style == "outlook":
            return ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;"
                    "padding:3.0pt 0cm 0cm 0cm'>"
                    f"\n<p class=MsoNormal><b>{rows}</b></p>\n</div>\n"
                    f"<p class=MsoNormal>{text_html}<o:p></o:p></p>\n")
        return ('<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
                f'style="font-size:11pt" color="#000000">{rows}</font><div>&nbsp;</div></div>\n'
                f'<div>{text_html}</div>\n')
    plain_q = quote_plain(style, q, lang, index)
    attribution = plain_q.split("\n")[0].lstrip("> ")
    return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(attribution)}<br>'
            '</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{text_html}</blockquote>'
            '</div>\n')


# ---------------------------------------------------------------- rendering


def client_line(case: Case, client: Client) -> str:
    if not client.line or "no_client_line" in case.opts:
        return ""
    return CLIENT_LINES[client.line][case.lang]


def plain_body(case: Case, client: Client, index: int, with_sig: bool) -> str:
    parts = ["\n".join(plain(x) for x in case.body)]
    line = client_line(case, client)
    sig = "\n".join(plain(x) for x in case.sig)
    if "client_line_first" in case.opts and line:
        parts.append(line)
        line = ""
    if sig and with_sig:
        parts.append(sig)
    if line:
        parts.append(line)
    text = "\n\n".join(p for p in parts if p)
    q = quoted_for(case, index)
    if q and "bottom_post" in case.opts:
        # Written under the quote, as Thunderbird users and inline repliers do.
        text = quote_plain(client.quote, q, case.lang, index) + "\n" + text
    elif q:
        text += "\n\n" + quote_plain(client.quote, q, case.lang, index)
    return text.rstrip("\n") + "\n"


def html_lines(lines: list[str], family: str) -> str:
    out = []
    for x in lines:
        t = esc(plain(x)) if x.strip() else ""
        if family == "outlook":
            out.append(f"<p class=MsoNormal>{t or '&nbsp;'}<o:p></o:p></p>")
        elif family == "apple":
            out.append(f"<div>{t or '<br>'}</div>")
        elif family == "thunderbird":
            out.append(f"{t}<br>")
        else:
            out.append(f"<div>{t or '<br>'}</div>")
    return "\n".join(out)


def html_body(case: Case, client: Client, index: int) -> str:
    fam = client.family
    body = html_lines(case.body, fam)
    sig = ""
    if "html_sig" in case.meta:
        sig = case.meta["html_sig"]
    elif case.sig:
        if fam == "gmail":
            sig = ('<div><br></div><span class="gmail_signature_prefix">-- </span><br>'
                   '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">'
                   + html_lines([x for x in case.sig if x != "-- "], fam) + "</div>")
        elif fam == "outlook":
            sig = '<p class=MsoNormal>&nbsp;</p>\n' + html_lines(case.sig, fam)
            if "logo" in case.opts:
                name = case.meta.get("logo_alt") or sender_of(case)[0]
                sig += (f'\n<p class=MsoNormal><img width=120 height=40 id="Afbeelding_x0020_1" '
                        f'src="cid:image001.png@01DB7A2E.5C3F1B90" alt="{esc(name)}"></p>')
        elif fam == "proton":
            sig = ('<div class="protonmail_signature_block"><div class='
                   '"protonmail_signature_block-user">' + html_lines(case.sig, fam)
                   + "</div></div>")
        elif fam == "thunderbird":
            sig = '<div class="moz-signature">' + html_lines(case.sig, fam) + "</div>"
        else:
            sig = "<div><br></div>" + html_lines(case.sig, fam)
    line = client_line(case, client)
    line_html = ""
    if line:
        if fam == "proton":
            line_html = ('<div class="protonmail_signature_block-proton">'
                         + esc(line).replace("Proton Mail", '<a href="https://proton.example/mail">'
                                             'Proton Mail</a>') + "</div>")
        elif fam == "apple":
            line_html = f'<div><br></div><div dir="ltr">{esc(line)}</div>'
        else:
            line_html = ("<div><br></div><div>" + "<br>".join(esc(x) for x in line.split("\n"))
                         + "</div>")
    q = quoted_for(case, index)
    quote = quote_html(client.quote, q, case.lang, index) if q else ""
    if "bottom_post" in case.opts:
        if fam not in ("gmail", "webmail", "thunderbird"):
            raise ValueError(f"{case.name}: bottom_post only for Gmail, webmail, Thunderbird")
        return f'{quote}<div dir="ltr">{body}{sig}{line_html}</div>\n'
    if fam == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
                'office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type '
                'content="text/html; charset=utf-8">'
                '<meta name=Generator content="Microsoft Word 15 '
                '(filtered medium)"><style><!--\n/* Font Definitions */\n@font-face\n\t'
                '{font-family:'
                '"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t'
                '{font-family:Aptos;}'
                '\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\t'
                'font-size:12.0pt;\n\t'
                'font-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;\n\t'
                'mso-fareast-language:EN-US;}\nspan.E-mailStijl17\n\t{mso-style-type:personal-compose;'
                '}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t'
                '{size:612.0pt'
                ' 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\ndiv.WordSection1\n\t{page:'
                'WordSection1;}\n--></style></head><body lang=NL-BE link="#467886" vlink="#96607D" '
                'style=\'word-wrap:break-word\'><div class=WordSection1>\n'
                f'{body}\n{sig}\n{line_html}\n{quote}</div></body></html>\n')
    if fam == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
                '</head><body dir="auto">' + f"{body}\n{sig}\n{line_html}\n"
                + (f'<div dir="ltr"><br><blockquote type="cite">{quote}</blockquote></div>'
                   if quote else "") + "</body></html>\n")
    if fam == "thunderbird":
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" '
                'content="text/html; charset=UTF-8">\n  </head>\n  <body>\n'
                f'    <p>{body}</p>\n{sig}\n{quote}  </body>\n</html>\n')
    if fam == "samsung":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
                f'</head><body><div dir="auto">{body}</div>{sig}<div dir="auto"><br></div>'
                f'<div id="composer_signature" dir="auto">{line_html}</div>{quote}</body></html>\n')
    if fam == "yahoo":
        return ('<html><head></head><body><div class="ydp3f1e0ad5yahoo-style-wrap" '
                'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                f'{body}{sig}</div><div id="ymail_android_signature">{line_html}</div>{quote}'
                '</body></html>\n')
    if fam == "proton":
        return ('<div style="font-family: Arial, sans-serif; font-size: 14px;">' + body + "</div>"
                '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>\n'
                f'{sig}<div style="font-family: Arial, sans-serif; font-size: 14px;">{line_html}'
                f'</div>\n{quote}\n')
    return f'<div dir="ltr">{body}{sig}{line_html}</div>\n{quote}'


def message_id(client: Client, rng: random.Random, domain: str) -> str:
    hexs = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    b64 = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+")
                  for _ in range(44))
    if client.family == "gmail" or client.label.startswith("Webmail"):
        return f"<CA{b64}@mail.gmail.example>"
    if client.family == "outlook":
        return (f"<AM9PR02MB{hexs[:4]}{hexs[4:10]}@AM9PR02MB{hexs[10:14]}"
                ".eurprd02.prod.outlook.example>")
    if client.family == "apple":
        return f"<{hexs[:8]}-{hexs[8:12]}-{hexs[12:16]}-{hexs[16:20]}-{hexs[20:]}@{domain}>"
    if client.family == "yahoo":
        return (f"<{rng.randrange(10**9, 10**10)}.{rng.randrange(10**6)}"
                ".1780000000000@mail.yahoo.example>")
    if client.family == "proton":
        return f"<{b64}=@proton.example>"
    return f"<{hexs[:12].lower()}.{hexs[12:20].lower()}@{domain}>"


def client_headers(client: Client, rng: random.Random, ip: str, lang: str) -> list[str]:
    if client.family == "gmail":
        return []
    if client.family == "outlook":
        tid = base64.b64encode(rng.randbytes(22)).decode()
        language = {"nl": "nl-be", "fr": "fr-be", "en": "en-gb"}[lang]
        hs = [f"Thread-Index: {tid}", f"Content-Language: {language}",
              "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", f"X-Originating-IP: [{ip}]"]
        if client.label.startswith("Outlook desktop"):
            hs.insert(0, "X-Mailer: Microsoft Outlook 16.0")
        return hs
    if client.family == "apple":
        return (["X-Mailer: iPhone Mail (22E240)"] if client.label.startswith("iP")
                else ["X-Mailer: Apple Mail (2.3826.500.181.1.5)"])
    if client.family == "thunderbird":
        return ["User-Agent: Mozilla Thunderbird"]
    if client.family == "samsung":
        return ["X-Mailer: Samsung Email"]
    if client.family == "yahoo":
        return ["X-Mailer: WebService/1.1.23590 YahooMailAndroidMobile"]
    if client.family == "blackberry":
        return ["X-Mailer: BlackBerry Work (3.12.1 build 4)"]
    return []


def render(case: Case, index: int) -> tuple[str, dict[str, object]]:
    client = CLIENTS[case.meta["client"]]
    rng = random.Random(f"{case.name}-{index}")
    name, addr = sender_of(case)
    domain = addr.rsplit("@", 1)[-1]
    ip = f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randrange(2, 250)}"
    date, _, _ = when(index, case.lang)
    boundary = {"gmail": f"000000000000{rng.randbytes(6).hex()}",
                "outlook": (f"----=_NextPart_000_00{rng.randrange(10, 99)}_01DB"
                            f"{rng.randbytes(4).hex().upper()}.{rng.randbytes(4).hex().upper()}"),
                "apple": f"Apple-Mail={rng.randbytes(16).hex().upper()}",
                }.get(client.family, f"b1_{rng.randbytes(10).hex()}")
    mid = message_id(client, rng, domain)
    html_only_sig = "sig_html_only" in case.opts
    text = plain_body(case, client, index, with_sig=not html_only_sig)
    structure = "html" if "html_only" in case.opts else client.structure
    if "plain_only" in case.opts:
        structure = "plain"
    if html_only_sig and structure == "plain":
        raise ValueError(f"{case.name}: sig_html_only needs an HTML part")
    vol = case.volunteer
    flowed = '; format=flowed' if client.family == "thunderbird" else ""
    if structure == "plain":
        body = encode_part(text, "text/plain", client.encoding, vol, flowed)
        payload = body
    else:
        hbody = html_body(case, client, index)
        for tweak in case.meta.get("html_replace", "").split(" ;; "):
            if not tweak.strip():
                continue
            old, new = (x.strip() for x in tweak.split("=>"))
            assert old in hbody, case.name
            hbody = hbody.replace(old, new)
        hpart = encode_part(hbody, "text/html", client.encoding, vol)
        if structure == "html":
            payload = hpart
        else:
            tpart = encode_part(text, "text/plain", client.encoding, vol)
            payload = (f"Content-Type: multipart/alternative; boundary=\"{boundary}\"\n\n"
                       f"--{boundary}\n{tpart}\n--{boundary}\n{hpart}\n--{boundary}--\n")
    if "logo" in case.opts or "logo_attachment" in case.opts:
        inner = payload
        rel = "rel_" + boundary[-12:]
        img = base64.encodebytes(PNG).decode()
        disp = "attachment" if "logo_attachment" in case.opts else "inline"
        kind = "mixed" if "logo_attachment" in case.opts else "related"
        payload = (f"Content-Type: multipart/{kind}; boundary=\"{rel}\""
                   + ('; type="multipart/alternative"' if kind == "related" else "")
                   + f"\n\n--{rel}\n{inner}\n--{rel}\n"
                   "Content-Type: image/png; name=\"image001.png\"\n"
                   f"Content-Description: image001.png\nContent-Disposition: {disp}; "
                   f"filename=\"image001.png\"; size={len(PNG)}\n"
                   "Content-ID: <image001.png@01DB7A2E.5C3F1B90>\n"
                   "Content-Transfer-Encoding: base64\n\n"
                   f"{img}\n--{rel}--\n")
    attachments = [a for a in case.meta.get("attach", "").split(" ;; ") if a.strip()]
    if attachments:
        mixed = "mix_" + boundary[-12:]
        leaves = []
        for spec in attachments:
            ctype, fname, content = (x.strip() for x in spec.split("|", 2))
            if ctype.startswith("message/"):
                # A mail forwarded as an attachment: RFC 2046 allows no base64 for message/*,
                # so the attached mail goes as it is, 7bit or 8bit.
                inner = content.replace("\\n", "\n")
                cte = "7bit" if inner.isascii() else "8bit"
                leaves.append(f"Content-Type: {ctype}\nContent-Disposition: attachment; {fname}\n"
                              f"Content-Transfer-Encoding: {cte}\n\n{inner}\n")
                continue
            data = base64.encodebytes(PNG if content == "PNG" else
                                      content.replace("\\n", "\r\n").encode()).decode()
            charset = "" if content == "PNG" else '; charset="UTF-8"'
            leaves.append(f"Content-Type: {ctype}{charset}\n"
                          f"Content-Disposition: attachment; {fname}\n"
                          f"Content-Transfer-Encoding: base64\n\n{data}")
        payload = (f"Content-Type: multipart/mixed; boundary=\"{mixed}\"\n\n--{mixed}\n{payload}\n"
                   + "".join(f"--{mixed}\n{leaf}\n" for leaf in leaves) + f"--{mixed}--\n")
    to = case.meta.get("to", "{alias}" if vol else HELPLINE)
    if vol and "to" not in case.meta:
        to = '"{pseudonym} via Lumi" <{alias}>'
    subject = case.meta.get("subject", "")
    if vol and "subject" not in case.meta:
        q = quoted_for(case, index)
        prefix = {"outlook": "RE: ", "blackberry": "RE: "}.get(client.family, "Re: ")
        if case.lang == "fr" and client.family == "outlook":
            prefix = "RE : "
        subject = prefix + (q.subject if q else "[{pseudonym}]")
    if "quote_confirmation" in case.opts and "subject" not in case.meta:
        subject = "Re: " + CONFIRMATION_SUBJECT[case.lang]
    received_host = {"gmail": "mail-sor-f41.google.example", "outlook":
                     "EUR05-AM6-obe.outbound.protection.outlook.example"}.get(
        client.family, f"smtp.{domain}")
    hs = [
        f"Return-Path: <{addr}>",
        f"Received: from {received_host} ({received_host} [{ip}])\n\tby mx.lumi.example (Postfix) "
        f"with ESMTPS id 4Zq{rng.randbytes(4).hex().upper()}\n\t"
        f"for <{'{alias}' if vol else HELPLINE}>; {date}",
    ]
    if vol:
        hs.append(f"Authentication-Results: mx.lumi.example;\n\tdkim=pass header.d={domain};\n\t"
                  f"spf=pass smtp.mailfrom={addr};\n\tdmarc=pass header.from={domain}")
    hs += [f"From: {case.meta['from']}", f"To: {to}"]
    if subject or "empty_subject" in case.opts:
        hs.append(f"Subject: {subject}")
    hs += [f"Date: {date}", f"Message-ID: {mid}"]
    if vol:
        hs += ["In-Reply-To: {forward_id}", "References: {forward_id}"]
    elif "quote_confirmation" in case.opts:
        conf = f"<conf.{rng.randbytes(8).hex()}@lumi.example>"
        hs += [f"In-Reply-To: {conf}", f"References: {conf}"]
    hs += case.headers
    hs += client_headers(client, rng, ip, case.lang)
    hs.append("MIME-Version: 1.0")
    raw = "\n".join(hs) + "\n" + payload
    crlf = client.crlf or "crlf" in case.opts
    if crlf:
        raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    return raw, labels_for(case, client, ip, text, html_only_sig)


def labels_for(case: Case, client: Client, ip: str, text: str,
               html_only_sig: bool) -> dict[str, object]:
    name, addr = sender_of(case)
    identity: list[str] = []

    def add(s: str) -> None:
        s = s.strip()
        if len(s) > 1 and s.lower() not in (x.lower() for x in identity):
            identity.append(s)

    if name and name.lower() not in NAME_PARTICLES:  # "anoniem" says nothing about anyone
        add(name)
        words = name.split()
        if len(words) >= 3 and words[0].lower() not in NAME_PARTICLES:
            add(" ".join(words[1:]))  # "El Amrani", "Van den Broeck"
        for part in re.split(r"[\s,]+", name):
            if part.lower().strip("()\"'") not in NAME_PARTICLES and len(part) > 1:
                add(part.strip("()\"'"))
    add(addr)
    local, _, domain = addr.partition("@")
    add(local)
    if domain not in PUBLIC_DOMAINS:
        add(domain)
    add(ip)
    for line in case.body + case.sig:
        for s in identities_in(line):
            add(s)
    if case.volunteer:
        line = client_line(case, client)
        if line:
            add(line.split("\n")[0])
    for s in case.meta.get("id", "").split("||"):
        add(s)
    content: list[str] = []
    for line in case.body:
        content.extend(content_pieces(line))
    tags = [t.strip() for t in case.meta.get("tags", "").split(",") if t.strip()]
    auto = auto_tags(case, client, html_only_sig)
    tags += [t for t in auto if t not in tags]
    out: dict[str, object] = {
        "direction": case.meta["dir"], "client": client.label, "language": case.lang,
        "tags": tags, "content": content, "identity": identity,
    }
    if case.volunteer:
        vaddr, _, nick = case.meta["vol"].partition("|")
        out["volunteer"] = vaddr.strip()
        out["nickname"] = nick.strip()
    return out


TUSSENTAAL = re.compile(r"(?i)\b(nie|da|kzou|tis|ge|gij|kheb|amai|wa|kunde|zijde|kweetnie|kzit|kga|"
                        r"kzal|allee|goe|ikke|'k|da's|zoudt|dinges)\b")
SMS_FR = re.compile(r"(?i)\b(jsp|jsuis|jcrois|jpense|pk|slt|jsais|jai|meuf)\b")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2764\u2665]")


def auto_tags(case: Case, client: Client, html_only_sig: bool) -> list[str]:
    tags = []
    words = [plain(x) for x in case.body if x.strip()]
    own = " ".join(words)
    if len(words) == 1:
        tags.append("one-liner")
    if not case.volunteer and not re.search(r"[.,?!;:]", re.sub(r"\[\[.*?\]\]", "", own)):
        tags.append("no-punctuation")
    if EMOJI.search(own):
        tags.append("emoji")
    if case.lang == "nl" and TUSSENTAAL.search(own):
        tags.append("tussentaal")
    if case.lang == "fr" and SMS_FR.search(own):
        tags.append("sms-style")
    if any(re.search(r"\S.*#[Tt]h[eè]m[ae]s?:", x) for x in case.body):
        tags.append("theme-tag-inline")
    tags.append({"fr": "french", "en": "english", "nl": "dutch"}[case.lang])
    fam = {"gmail": "gmail", "outlook": "outlook", "apple": "apple", "samsung": "samsung",
           "thunderbird": "thunderbird", "yahoo": "yahoo", "proton": "proton",
           "blackberry": "blackberry", "webmail": "webmail"}[client.family]
    tags.append(fam)
    structure = "html" if "html_only" in case.opts else client.structure
    if "plain_only" in case.opts:
        structure = "plain"
    tags.append({"html": "html-only", "alternative": "multipart", "plain": "plain-only"}[structure])
    if case.sig:
        tags.append("signature")
        if case.sig[0] == "-- ":
            tags.append("signature-delimited")
    if html_only_sig:
        tags.append("signature-only-in-html")
    if client_line(case, client):
        tags.append("client-line")
    if "quote_confirmation" in case.opts or (case.volunteer and "no_quote" not in case.opts):
        tags.append("quoted-history")
    if "bottom_post" in case.opts:
        tags.append("bottom-post")
    if "logo" in case.opts or "logo_attachment" in case.opts:
        tags.append("logo")
    if any("{pseudonym}" in x for x in case.body):
        tags.append("pseudonym-greeting")
    if any("#thema" in x or "#theme" in x for x in case.body):
        tags.append("theme-tag")
    return tags


# ---------------------------------------------------------------- writing


def toml_str(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ord(ch) < 0x20 or ch == "\x7f" or unicodedata.category(ch) in ("Cf", "Zl", "Zp"):
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def toml_value(v: object) -> str:
    if isinstance(v, list):
        return "[" + ", ".join(toml_str(x) for x in v) + "]"
    return toml_str(str(v))


def slug(case: Case, index: int) -> str:
    prefix = "s" if case.meta["dir"] == "seeker" else "v"
    return f"{prefix}-{index:04d}-{case.meta['client'].replace('_', '-')}-{case.name}.eml"


def all_cases() -> list[Case]:
    cases: list[Case] = []
    for path in sorted(CASES.glob("*.txt")):
        cases.extend(parse_cases(path.read_text(encoding="utf-8")))
    names = [c.name for c in cases]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise SystemExit(f"duplicate case names: {sorted(dupes)}")
    return cases


def build(out: Path = OUT) -> None:
    """Write every case as an .eml file and all labels into out/labels.toml."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    counters = {"seeker": 0, "volunteer": 0}
    blocks = ["# DEV relay-text corpus: generated by tests/tools/relay_corpus_dev.py from "
              "tests/tools/relay_corpus_dev_cases/*.txt.\n# Format: "
              "the corpus format shared with the held-out set. Do not edit by hand.\n"]
    for case in all_cases():
        counters[case.meta["dir"]] += 1
        index = counters[case.meta["dir"]]
        raw, labels = render(case, index)
        name = slug(case, index)
        (out / name).write_bytes(raw.encode("utf-8"))
        block = [f"[{toml_str(name)}]"]
        for key in ("direction", "client", "language", "tags", "content", "identity",
                    "volunteer", "nickname"):
            if key in labels:
                block.append(f"{key} = {toml_value(labels[key])}")
        blocks.append("\n".join(block) + "\n")
    (out / "labels.toml").write_text("\n".join(blocks), encoding="utf-8")
    print(f"wrote {counters['seeker']} seeker and {counters['volunteer']} volunteer mails to {out}")


# ---------------------------------------------------------------- checking


class _Text(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "li", "blockquote", "hr", "h1", "h2", "h3", "table", "td"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head", "title"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(data)


def html_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return "".join(parser.out)


def reader_text(msg: Message) -> tuple[str, str]:
    """(text the reader sees, every decoded text part and header joined)."""
    plains, htmls = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        payload = part.get_payload(decode=True) or b""
        charset = part.get_content_charset() or "utf-8"
        if ctype == "text/plain":
            plains.append(payload.decode(charset, "replace"))
        elif ctype == "text/html":
            htmls.append(payload.decode(charset, "replace"))
    headers = "\n".join(f"{k}: {decoded(str(v))}" for k, v in msg.items())
    visible = plains[0] if plains else html_text(htmls[0]) if htmls else ""
    everything = "\n".join(plains + htmls + [html_text(h) for h in htmls] + [headers])
    return visible, everything


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def check(out: Path = OUT) -> list[str]:
    """Every problem found in the corpus at out (an empty list when it is sound)."""
    labels = tomllib.loads((out / "labels.toml").read_text(encoding="utf-8"))
    files = {p.name for p in out.glob("*.eml")}
    problems: list[str] = []
    if files != set(labels):
        problems.append(f"files without labels: {sorted(files - set(labels))}; "
                        f"labels without files: {sorted(set(labels) - files)}")
    for name, spec in sorted(labels.items()):
        path = out / name
        if not path.exists():
            continue
        raw = path.read_bytes()
        raw_text = raw.decode("utf-8", "replace")
        for ph in ("{alias}", "{pseudonym}", "{forward_id}"):
            raw_text_sub = raw_text.replace(ph, {"{alias}": "c.k7f3q9x2m4p8w1z6@lumi.example",
                                                 "{pseudonym}": "Wolk-37",
                                                 "{forward_id}": "<fwd.1@lumi.example>"}[ph])
            raw_text = raw_text_sub
        msg = email.message_from_bytes(raw_text.encode("utf-8"), policy=email.policy.compat32)
        defects = [d for p in msg.walk() for d in p.defects]
        if defects:
            problems.append(f"{name}: MIME defects {defects}")
        for key in ("From", "To", "Date", "Message-ID", "MIME-Version"):
            if msg[key] is None:
                problems.append(f"{name}: no {key} header")
        visible, everything = reader_text(msg)
        if not visible.strip():
            problems.append(f"{name}: no readable text")
        hay_vis = norm(visible)
        hay_all = norm(everything) + " " + norm(raw_text)
        pos = 0
        for span in spec["content"]:
            at = hay_vis.find(norm(span), pos)
            if at < 0:
                where = "anywhere" if norm(span) not in hay_vis else "in order"
                problems.append(f"{name}: content not found {where}: {span!r}")
            else:
                pos = at + len(norm(span))
        for s in spec["identity"]:
            if norm(s) not in hay_all:
                problems.append(f"{name}: identity not found: {s!r}")
            word = re.compile(r"(?<!\w)" + re.escape(norm(s)) + r"(?!\w)")
            for span in spec["content"]:
                if word.search(norm(span)):
                    problems.append(f"{name}: identity {s!r} inside content {span!r}")
        if spec["direction"] == "volunteer":
            for key in ("volunteer", "nickname"):
                if not spec.get(key):
                    problems.append(f"{name}: volunteer case without {key}")
            original = raw.decode("utf-8", "replace")
            if "{alias}" not in (email.message_from_string(original)["To"] or ""):
                problems.append(f"{name}: To does not hold {{alias}}")
            if "{forward_id}" not in (email.message_from_string(original)["In-Reply-To"] or ""):
                problems.append(f"{name}: In-Reply-To does not hold {{forward_id}}")
            if "{pseudonym}" not in original:
                problems.append(f"{name}: no {{pseudonym}} anywhere")
            parts = "".join(
                (p.get_payload(decode=True) or b"").decode("utf-8", "replace")
                for p in email.message_from_string(original).walk() if not p.is_multipart())
            body_raw = re.split(r"\r?\n\r?\n", original, maxsplit=1)[1]
            for ph in ("{pseudonym}", "{alias}", "{forward_id}"):
                if parts.count(ph) != body_raw.count(ph):
                    problems.append(f"{name}: {ph} cut by a soft line break or hidden in base64")
            _, addr = parseaddr(decoded(msg["From"] or ""))
            if addr.lower() != spec["volunteer"].lower():
                problems.append(f"{name}: From {addr} is not the registered {spec['volunteer']}")
        elif spec["direction"] != "seeker":
            problems.append(f"{name}: bad direction")
        for key in ("content", "identity"):
            for s in spec[key]:
                if "{pseudonym}" in s or "{alias}" in s:
                    problems.append(f"{name}: placeholder inside a {key} span")
        for dom in re.findall(r"@([A-Za-z0-9.-]+\.[A-Za-z]{2,})", everything):
            if not dom.lower().endswith((".example", ".test")):
                problems.append(f"{name}: domain outside .example/.test: {dom}")
        for ip in re.findall(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])", raw_text):
            if not ip.startswith(("192.0.2.", "198.51.100.", "203.0.113.")):
                problems.append(f"{name}: IP outside documentation ranges: {ip}")
    return problems


def report(out: Path = OUT) -> int:
    problems = check(out)
    for p in problems:
        print(p)
    print(f"checked {len(list(out.glob('*.eml')))} cases: {len(problems)} problem(s)")
    return 1 if problems else 0


def stats() -> None:
    from collections import Counter
    labels = tomllib.loads((OUT / "labels.toml").read_text(encoding="utf-8"))
    by = Counter((s["direction"], s["language"]) for s in labels.values())
    print("direction/language:", dict(sorted(by.items())))
    for d in ("seeker", "volunteer"):
        tags = Counter(t for s in labels.values() if s["direction"] == d for t in s["tags"])
        print(d, sum(1 for s in labels.values() if s["direction"] == d), dict(sorted(tags.items())))


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(report())
    if "--stats" in sys.argv:
        stats()
        sys.exit(0)
    build()
    sys.exit(report())
