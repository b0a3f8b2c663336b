"""Render the first held-out relay-text corpus, now dev (tests/fixtures/relay_text/dev/heldout-v1/),
from hand-written bodies.

It was written apart and kept apart until its misses had been looked at (2026-12-05); from then
on it is dev data, and a new held-out set (tests/fixtures/relay_text/heldout/) was written by
someone else.

The bodies live in relay_corpus_heldout_cases.py; this module only dresses them the way mail
clients dress them (headers, MIME shape, transfer encoding, signatures, quoted history) and
writes the raw .eml files plus ONE labels.toml in the format of notes/CORPUS-FORMAT.md.

Why labels are derived from markup instead of typed twice: a writer's own words carry
`[[...]]` around every identity span (their name, address, phone) and `<<...>>` around
spans that are neither content nor identity (a `#thema:` tail, the pseudonym). The content
spans then follow mechanically from the format's rule (split at identity spans and line
ends, trim, keep non-empty pieces), so a label can not drift away from the text it labels.
Signature blocks use the same `[[...]]` markup for their identity parts; everything else in
a signature, a client line or a quote is neither content nor identity.

The dressing is shared: build(cases, first_names), write(rendered, out, header) and main(argv, out,
render_all, header) take the cases and the folder, so the second held-out set
(relay_corpus_heldout2.py -> tests/fixtures/relay_text/heldout/) is dressed by the same code.

Run:  python -m tests.tools.relay_corpus_heldout            (writes the files)
      python -m tests.tools.relay_corpus_heldout --check    (only checks the written set)
"""

from __future__ import annotations

import argparse
import base64
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "fixtures" / "relay_text" / "dev" / "heldout-v1"
HELPLINE = "hulp@lumi.example"
PLACEHOLDERS = ("{alias}", "{pseudonym}", "{forward_id}")
# A 1x1 transparent PNG: the logo's bytes do not matter, only where its name shows.
PNG_1X1 = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="  # noqa: E501
)
_MARK = re.compile(r"\[\[(.+?)\]\]|<<(.+?)>>|(\{pseudonym\})", re.S)


@dataclass
class Case:
    """One mail as written: the words by hand, the dressing by name (see module docstring)."""

    slug: str
    direction: str  # seeker | volunteer
    shape: str  # key of SHAPES
    lang: str
    tags: list[str]
    sender: tuple[str, str]  # (display name or "", address)
    body: str
    subject: str = ""
    from_style: str = "quoted"  # quoted | bare | plain | ew | ew-split | comment | angle
    sig: str = ""
    sig_dash: bool = False
    sig_in: str = "both"  # both | html (signature only in the HTML part)
    client_line: str | None = None  # None: the shape's default; "" none
    html: str = "auto"  # auto | none | only
    html_own: str = ""  # hand-written HTML for the own words (e.g. &#46; in an address)
    cte: str = ""  # override of the shape's text transfer encoding
    charset: str = "utf-8"
    crlf: bool = False
    logo: tuple[str, str] | None = None  # (alt text, mode: inline | attachment)
    headers: list[tuple[str, str]] = field(default_factory=list)
    identity: list[str] = field(default_factory=list)
    to: str = ""
    # seeker follow-ups quote the helpline's answer; volunteers quote the forward
    quote: str = ""
    quote_style: str = ""  # override of the shape's quote style; "none": no quoted history
    quote_pos: str = "below"  # below: own words above the quote (default) | above: under it
    # A vCard the client attaches (text/x-vcard, attachment), written with the same markup as sig
    vcard: str = ""
    # volunteer cases
    volunteer: str = ""
    nickname: str = ""
    note_lang: str = "nl"
    label_client: str = ""
    # seeker follow-ups: who the quoted answer was addressed to, as the client writes it in the
    # quote's header block ("Aan: ..."); "" keeps the helpline's address there
    quote_to: str = ""


# ---------------------------------------------------------------- markup -> text and labels

def strip_markup(text: str) -> str:
    """The text as the reader sees it: markers gone, placeholders kept."""
    return _MARK.sub(lambda m: m.group(1) or m.group(2) or m.group(3), text)


def marked_identity(text: str) -> list[str]:
    return [m.group(1) for m in _MARK.finditer(text) if m.group(1)]


def content_spans(text: str) -> list[str]:
    """The format's rule: split the own words at identity (and excluded) spans and line ends."""
    pieces: list[str] = []
    last = 0
    for m in _MARK.finditer(text):
        pieces.append(text[last:m.start()])
        pieces.append("\0")  # a cut
        last = m.end()
    pieces.append(text[last:])
    spans: list[str] = []
    for piece in "".join(pieces).replace("\0", "\n").split("\n"):
        piece = piece.strip()
        # A lone comma or full stop left between two cuts says nothing a reader needs.
        if piece and not re.fullmatch(r"[\s.,;:!?()\-–—'\"/]*", piece):
            spans.append(piece)
    return spans


_PARTICLES = {"van", "de", "der", "den", "la", "le", "du", "des", "fam.", "fam", "familie", "mr.",
              "mevr.", "dhr.", "mme", "m.", "jr", "sr", "of", "het", "vzw", "nv", "bv", "&", "via",
              "famille", "bouw"}


_PERSON = re.compile(r"[A-ZÀ-Ý][\w'-]+(?: (?:van |de |der |den |le |la )?[A-ZÀ-Ý][\w'-]+){1,2}")


def name_parts(display: str) -> list[str]:
    """A display name and each part of it a reader could recognise someone by."""
    if not display:
        return []
    parts = [display]
    for word in re.split(r"[\s,()\"]+", display):
        word = word.strip(".'")
        if len(word) >= 3 and word.lower() not in _PARTICLES and word not in parts:
            parts.append(word)
    return parts


# ---------------------------------------------------------------- encodings

def qp_encode(text: str, charset: str = "utf-8") -> str:
    """Quoted-printable that never cuts a placeholder with a soft line break (the format forbids it)."""  # noqa: E501
    out: list[str] = []
    for line in text.split("\n"):
        raw = line.encode(charset)
        keep: set[int] = set()
        for ph in PLACEHOLDERS:
            for m in re.finditer(re.escape(ph.encode()), raw):
                keep.update(range(m.start() + 1, m.end()))
        tokens: list[str] = []
        for i, byte in enumerate(raw):
            tok = chr(byte) if 32 <= byte <= 126 and byte != 61 or byte == 9 else f"={byte:02X}"
            if i in keep:
                tokens[-1] += tok
            else:
                tokens.append(tok)
        if tokens and tokens[-1][-1] in " \t":
            tokens[-1] = tokens[-1][:-1] + f"={ord(tokens[-1][-1]):02X}"
        current = ""
        for tok in tokens:
            if len(current) + len(tok) > 75:
                out.append(current + "=")
                current = ""
            current += tok
        out.append(current)
    return "\n".join(out)


def b64_encode(text: str, charset: str = "utf-8") -> str:
    return base64.encodebytes(text.encode(charset)).decode().rstrip("\n")


def encode_body(text: str, cte: str, charset: str) -> str:
    if cte == "quoted-printable":
        return qp_encode(text, charset)
    if cte == "base64":
        return b64_encode(text, charset)
    if cte == "7bit":
        text.encode("ascii")  # raises if the writer's words are not ASCII: pick another encoding
    return text


def encoded_word(text: str, charset: str = "utf-8", split: int = 0) -> str:
    """RFC 2047 Q-encoding; with split, the name is cut over several encoded words as clients do."""
    def q(chunk: str) -> str:
        out = ""
        for byte in chunk.encode(charset):
            c = chr(byte)
            if c == " ":
                out += "_"
            elif c.isalnum() and byte < 128:
                out += c
            else:
                out += f"={byte:02X}"
        return f"=?{charset.upper()}?Q?{out}?="
    if not split:
        return q(text)
    chunks = [text[i:i + split] for i in range(0, len(text), split)]
    return " ".join(q(c) for c in chunks)


def address_header(display: str, addr: str, style: str) -> str:
    if not display or style == "bare":
        return addr
    if style == "angle":
        return f"<{addr}>"
    if style == "comment":
        return f"{addr} ({display})"
    if style == "ew":
        return f"{encoded_word(display)} <{addr}>"
    if style == "ew-split":
        return f"{encoded_word(display, split=5)} <{addr}>"
    if style == "plain":
        return f"{display} <{addr}>"
    return f'"{display}" <{addr}>'


# ---------------------------------------------------------------- client shapes

@dataclass(frozen=True)
class Shape:
    label: str
    html_style: str  # gmail | outlook | owa | apple | samsung | yahoo | proton | generic | none
    cte: str
    quote: str  # gt | outlook | samsung | apple
    mailer: tuple[tuple[str, str], ...] = ()
    client_line: dict[str, str] = field(default_factory=dict)
    msgid: str = "<{n}.{slug}@mail.example>"
    text_params: str = ""


SHAPES: dict[str, Shape] = {
    "gmail_web": Shape("Gmail web", "gmail", "quoted-printable", "gt",
                       msgid="<CAKx{n}Lq3vYw{slug8}-pO@mail.gmail.example>"),
    "gmail_android": Shape("Gmail Android", "gmail", "base64", "gt",
                           msgid="<CAMp{n}Zu{slug8}Wq_9hT@mail.gmail.example>"),
    "outlook_desktop": Shape("Outlook desktop", "outlook", "quoted-printable", "outlook",
                             (("X-Mailer", "Microsoft Outlook 16.0"),
                              ("Thread-Index", "AdtYq0Hc3l1Vt9wXR0mKx2m+Q0ZlbA=="),
                              ("Content-Language", "nl-be")),
                             msgid="<000{n}01db7a3c$5e2f1b40$1a8d51c0$@{domain}>"),
    "outlook_web": Shape("Outlook web", "owa", "quoted-printable", "outlook",
                         (("X-MS-Exchange-Organization-SCL", "1"),
                          ("x-ms-publictraffictype", "Email"),
                          ("X-Originating-IP", "[203.0.113.{n}]")),
                         msgid="<AM9PR0{n}MB{slug8}0A1B2C3D4E5F6@AM9PR04MB8210.eurprd04.prod.outlook.example>"),
    "outlook_mobile": Shape("Outlook iOS", "owa", "quoted-printable", "outlook",
                            (("x-ms-publictraffictype", "Email"),),
                            {"nl": "Outlook voor iOS downloaden", "fr": "Télécharger Outlook pour iOS",  # noqa: E501
                             "en": "Get Outlook for iOS"},
                            msgid="<PAXPR0{n}MB{slug8}77@PAXPR04MB9001.eurprd04.prod.outlook.example>"),
    "apple_mail": Shape("Apple Mail", "apple", "quoted-printable", "apple",
                        (("X-Mailer", "Apple Mail (2.3774.600.62)"),),
                        msgid="<{slug8}-{n}A2B-4C3D-9E8F-0A1B2C3D4E5F@{domain}>"),
    "iphone": Shape("iPhone Mail", "none", "quoted-printable", "apple",
                    (("X-Mailer", "iPhone Mail (21E236)"),),
                    {"nl": "Verstuurd vanaf mijn iPhone", "fr": "Envoyé de mon iPhone",
                     "en": "Sent from my iPhone"},
                    msgid="<{slug8}-{n}F2E-4D1C-8B7A-112233445566@{domain}>"),
    "samsung": Shape("Samsung Email", "samsung", "base64", "samsung",
                     (),
                     {"nl": "Verzonden vanaf mijn Galaxy", "fr": "Envoyé de mon Galaxy",
                      "en": "Sent from my Galaxy"},
                     msgid="<{n}{slug8}.SM-A546B@email.android.example>"),
    "thunderbird": Shape("Thunderbird", "none", "8bit", "gt",
                         (("User-Agent", "Mozilla Thunderbird"),),
                         msgid="<{slug8}-{n}c1-4f0e-a1b2-0c0ffee0{n}@{domain}>",
                         text_params="; format=flowed"),
    "yahoo": Shape("Yahoo Mail Android", "yahoo", "quoted-printable", "gt",
                   (("X-Mailer", "WebService/1.1.23187 YMailNorrin"),),
                   {"nl": "Verzonden vanaf Yahoo Mail voor Android",
                    "fr": "Envoyé de Yahoo Mail pour Android", "en": "Sent from Yahoo Mail on Android"},  # noqa: E501
                   msgid="<{n}{slug8}.1234567.1736412345678@mail.yahoo.example>"),
    "proton": Shape("Proton Mail", "proton", "quoted-printable", "gt",
                    (),
                    {"nl": "Verzonden met beveiligde e-mail van Proton Mail.",
                     "fr": "Envoyé avec l'e-mail sécurisé Proton Mail.",
                     "en": "Sent with Proton Mail secure email."},
                    msgid="<{slug8}{n}AbCdEfGhIjKlMnOp=@proton.example>"),
    "blackberry": Shape("BlackBerry Work", "none", "quoted-printable", "outlook",
                        (("X-Mailer", "BlackBerry Work 3.12 (build 144)"),),
                        {"nl": "Verzonden met BlackBerry Work\n(www.blackberry.com)",
                         "fr": "Envoyé avec BlackBerry Work\n(www.blackberry.com)",
                         "en": "Sent with BlackBerry Work\n(www.blackberry.com)"},
                        msgid="<BBW.{slug8}.{n}@{domain}>"),
    "webmail": Shape("Roundcube webmail", "generic", "quoted-printable", "gt",
                     (("User-Agent", "Roundcube Webmail/1.6.9"),),
                     msgid="<{slug8}{n}@{domain}>"),
    "smartschool": Shape("school webmail (HTML only)", "generic", "quoted-printable", "gt",
                         (("X-Mailer", "Smartschool Mailer"),),
                         msgid="<{slug8}.{n}@{domain}>"),
}

_DAYS = {"nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
         "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
         "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}
_MONTH = {"nl": "mrt", "fr": "mars", "en": "Mar"}
_QUOTE_HEAD = {
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", "dinsdag 4 maart 2025 {t}"),
    "fr": ("De", "Envoyé", "À", "Objet", "mardi 4 mars 2025 {t}"),
    "en": ("From", "Sent", "To", "Subject", "Tuesday, March 4, 2025 {t}"),
}
_NOTE = {
    "nl": ("Dit gesprek heet {pseudonym}. Antwoord gewoon op deze mail: je antwoord gaat vanaf\n"
           "hulp@lumi.example naar de hulpvrager, zonder je naam, je adres of je handtekening.\n"
           "Noteer thema's met een regel \"#thema: ...\", met als keuze: coming-out,\n"
           "genderidentiteit, relaties, pesten, welzijn, familie, andere.\n"
           "Die regel wordt weggehaald voor je antwoord vertrekt."),
    "fr": ("Cette conversation s'appelle {pseudonym}. Réponds simplement à ce message : ta réponse\n"  # noqa: E501
           "part de hulp@lumi.example vers la personne, sans ton nom, ton adresse ni ta signature.\n"  # noqa: E501
           "Note les thèmes avec une ligne « #thema: ... » : coming-out, genderidentiteit,\n"
           "relaties, pesten, welzijn, familie, andere. Cette ligne est retirée avant l'envoi."),
    "en": ("This conversation is called {pseudonym}. Just reply to this mail: your answer goes\n"
           "out from hulp@lumi.example to the help-seeker, without your name, address or\n"
           "signature. Note themes with a line \"#thema: ...\": coming-out, genderidentiteit,\n"
           "relaties, pesten, welzijn, familie, andere. That line is removed before it leaves."),
}


def forward_text(case: Case) -> str:
    """What the volunteer received: the relayed words of the help-seeker, then the note."""
    return case.quote.strip("\n") + "\n\n" + _NOTE[case.note_lang]


def quote_block(case: Case, style: str, recipient: str) -> tuple[str, str]:
    """The quoted history as (plain, html) in the client's way of quoting."""
    lang = case.lang
    if case.direction == "volunteer":
        text = forward_text(case)
        who_name, who_addr = "Lumi hulplijn", "{alias}"
        subj = "[{pseudonym}]"
    else:
        text = case.quote.strip("\n")
        who_name, who_addr = "Lumi hulplijn", HELPLINE
        subj = case.subject.removeprefix("Re: ").removeprefix("RE: ")
    t = "14:02"
    if style in ("gt", "apple"):
        if style == "apple":
            attribution = {"nl": f"Op 4 {_MONTH['nl']}. 2025 om {t} heeft {who_name} <{who_addr}> "
                                 "het volgende geschreven:",
                           "fr": f"Le 4 mars 2025 à {t}, {who_name} <{who_addr}> a écrit :",
                           "en": f"On 4 Mar 2025, at {t}, {who_name} <{who_addr}> wrote:"}[lang]
        else:
            attribution = {"nl": f"Op di 4 {_MONTH['nl']} 2025 om {t} schreef {who_name} <{who_addr}>:",  # noqa: E501
                           "fr": f"Le mar. 4 mars 2025 à {t}, {who_name} <{who_addr}> a écrit :",
                           "en": f"On Tue, 4 Mar 2025 at {t}, {who_name} <{who_addr}> wrote:"}[lang]
        quoted = "\n".join(("> " + line) if line else ">" for line in text.split("\n"))
        plain = f"{attribution}\n\n{quoted}" if style == "apple" else f"{attribution}\n{quoted}"
        html = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{escape(attribution)}'
                f'<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                f'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                f'{_lines_html(text)}</blockquote></div>')
        return plain, html
    if style == "samsung":
        head = {"nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp"),  # noqa: E501
                "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet"),
                "en": ("-------- Original message --------", "From", "Date", "To", "Subject")}[lang]
        plain = (f"{head[0]}\n{head[1]}: {who_name} <{who_addr}>\n{head[2]}: 04/03/2025 {t} (GMT+01:00)\n"  # noqa: E501
                 f"{head[3]}: {recipient}\n{head[4]}: {subj}\n\n{text}")
        html = f"<div>{_lines_html(plain)}</div>"
        return plain, html
    f, s, to, sub, date = _QUOTE_HEAD[lang]
    date = date.format(t=t)
    plain = f"{f}: {who_name} <{who_addr}>\n{s}: {date}\n{to}: {recipient}\n{sub}: {subj}\n\n{text}"
    html = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            f"<p class=MsoNormal><b>{f}:</b> {escape(who_name)} &lt;{who_addr}&gt;<br><b>{s}:</b> {date}"  # noqa: E501
            f"<br><b>{to}:</b> {escape(recipient)}<br><b>{sub}:</b> {subj}<o:p></o:p></p></div>"
            f"{_lines_html(text, 'outlook')}")
    return ("_" * 32 + "\n" if case.shape == "outlook_web" else "") + plain, html


def _lines_html(text: str, style: str = "gmail") -> str:
    lines = text.split("\n")
    if style == "outlook":
        return "".join(f"<p class=MsoNormal>{escape(ln) if ln else '&nbsp;'}<o:p></o:p></p>"
                       for ln in lines)
    if style == "owa":
        return "".join(f'<div class="elementToProof">{escape(ln) if ln else "<br>"}</div>'
                       for ln in lines)
    if style == "apple":
        empty = '<br class="">'
        return "".join(f'<div class="">{escape(ln) if ln else empty}</div>' for ln in lines)
    return "<br>".join(escape(ln) for ln in lines)


def html_document(style: str, parts: Sequence[str]) -> str:
    inner = "\n".join(p for p in parts if p)
    if style == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
                'office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.'  # noqa: E501
                'microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head>'
                '<meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator '  # noqa: E501
                'content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Font Definitions */\n'  # noqa: E501
                '@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; '
                'font-family:"Aptos",sans-serif;}\n--></style></head><body lang=NL-BE link="#467886" '  # noqa: E501
                'vlink="#96607D" style=\'word-wrap:break-word\'><div class=WordSection1>\n'
                f'{inner}\n</div></body></html>')
    if style == "owa":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} '
                '</style></head><body dir="ltr"><div style="font-family: Aptos, Calibri, Helvetica, '  # noqa: E501
                f'sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n{inner}\n</div></body></html>')  # noqa: E501
    if style == "apple":
        return ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; '  # noqa: E501
                'charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: '
                f'space; line-break: after-white-space;">\n{inner}\n</body></html>')
    if style == "samsung":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'  # noqa: E501
                f'<body><div dir="auto">\n{inner}\n</div></body></html>')
    if style == "yahoo":
        return ('<html><head></head><body><div class="ydp3f2a1b2cyahoo-style-wrap" style="font-family:'  # noqa: E501
                f'Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">\n{inner}\n</div></body></html>')  # noqa: E501
    if style == "proton":
        return ('<div style="font-family: Arial, sans-serif; font-size: 14px;">\n'
                f'{inner}\n</div>')
    if style == "gmail":
        return f'<div dir="ltr">\n{inner}\n</div>'
    return f'<html><body>\n{inner}\n</body></html>'


def own_html(style: str, text: str) -> str:
    if style == "outlook":
        return _lines_html(text, "outlook")
    if style == "owa":
        return _lines_html(text, "owa")
    if style == "apple":
        return _lines_html(text, "apple")
    return f"<div>{_lines_html(text)}</div>"


# ---------------------------------------------------------------- one mail

@dataclass
class Rendered:
    filename: str
    raw: str
    labels: dict[str, object]


def _mime_leaf(ctype: str, body: str, cte: str, charset: str, params: str = "",
               extra: Iterable[str] = ()) -> list[str]:
    head = [f'Content-Type: {ctype}; charset="{charset}"{params}']
    head += list(extra)
    head.append(f"Content-Transfer-Encoding: {cte}")
    return head + [""] + encode_body(body, cte, charset).split("\n")


def _multipart(subtype: str, boundary: str, parts: Sequence[list[str]], preamble: str = "",
               params: str = "") -> list[str]:
    lines = [f'Content-Type: multipart/{subtype};', f'\tboundary="{boundary}"{params}', ""]
    if preamble:
        lines += [preamble, ""]
    for part in parts:
        lines.append(f"--{boundary}")
        lines += part
        lines.append("")
    lines.append(f"--{boundary}--")
    return lines


def render(case: Case, n: int, first_names: frozenset[str] = frozenset()) -> Rendered:
    """One case as raw mail and labels; first_names tells a person's name from an organisation's."""
    shape = SHAPES[case.shape]
    prefix = "s" if case.direction == "seeker" else "v"
    filename = f"{prefix}-{n:04d}-{case.slug}.eml"
    display, addr = case.sender
    domain = addr.rsplit("@", 1)[-1]
    slug8 = re.sub(r"[^A-Za-z0-9]", "", case.slug)[:8].upper() or "X"

    own = strip_markup(case.body).strip("\n")
    sig_plain = strip_markup(case.sig).strip("\n") if case.sig else ""
    if case.client_line is None:
        client_line = shape.client_line.get(case.lang, "")
    else:
        client_line = case.client_line
    recipient = (f"{display} <{addr}>" if display and case.from_style != "bare" else addr) \
        if case.direction == "volunteer" else HELPLINE
    if case.direction == "seeker" and case.quote_to:
        recipient = case.quote_to
    quote_style = case.quote_style or shape.quote
    has_quote = (case.direction == "volunteer" or bool(case.quote)) and quote_style != "none"
    quote_plain, quote_html = quote_block(case, quote_style, recipient) if has_quote else ("", "")

    plain_parts = [own]
    if sig_plain and case.sig_in == "both":
        plain_parts.append(("-- \n" if case.sig_dash else "") + sig_plain)
    if case.logo and case.logo[1] == "inline":
        plain_parts.append(f"[{case.logo[0]}]")
    if client_line:
        plain_parts.append(client_line)
    if quote_plain:
        if case.quote_pos == "above":
            plain_parts.insert(0, quote_plain)
        else:
            plain_parts.append(quote_plain)
    plain = "\n\n".join(plain_parts) + "\n"

    style = shape.html_style if shape.html_style != "none" else "generic"
    want_html = case.html == "only" or (case.html == "auto" and shape.html_style != "none")
    html = ""
    cid = "image001.png@01DB7A3C.5E2F1B40"
    if want_html:
        parts = [case.html_own or own_html(style, own)]
        if sig_plain:
            sig_html = own_html(style, ("-- \n" if case.sig_dash else "") + sig_plain)
            if case.logo:
                sig_html += (f'<p class=MsoNormal><img width=120 height=40 src="cid:{cid}" '
                             f'alt="{escape(case.logo[0])}"></p>')
            parts.append(f'<div id="Signature">{sig_html}</div>')
        if client_line:
            parts.append(own_html(style, client_line))
        if quote_html:
            if case.quote_pos == "above":
                parts.insert(0, quote_html)
            else:
                parts.append(quote_html)
        html = html_document(style, parts) + "\n"

    cte = case.cte or shape.cte
    if case.direction == "volunteer" and cte == "base64":
        cte = "quoted-printable"  # the format: placeholders are never inside base64
    text_leaf = _mime_leaf("text/plain", plain, cte, case.charset, shape.text_params)
    html_cte = "quoted-printable" if case.direction == "volunteer" or cte != "base64" else "base64"
    if want_html:
        html_leaf = _mime_leaf("text/html", html, html_cte, case.charset)
    if case.html == "only":
        body_lines = html_leaf
    elif want_html:
        body_lines = _multipart("alternative", f"000000000000{n:04d}a1b2c3d4e5f6",
                                [text_leaf, html_leaf])
    else:
        body_lines = text_leaf
    if case.logo:
        img = [f'Content-Type: image/png; name="{case.logo[0].lower().replace(" ", "_")}_logo.png"',
               f"Content-Description: {case.logo[0]}",
               f'Content-Disposition: {"inline" if case.logo[1] == "inline" else "attachment"}; '
               f'filename="{case.logo[0].lower().replace(" ", "_")}_logo.png"',
               f"Content-ID: <{cid}>", "Content-Transfer-Encoding: base64", "", PNG_1X1]
        kind = "related" if case.logo[1] == "inline" else "mixed"
        related_alt = kind == "related" and want_html and case.html != "only"
        body_lines = _multipart(
            kind, f"----=_NextPart_001_{n:04d}_01DB7A3C.5E2F1B40", [body_lines, img],
            preamble="This is a multipart message in MIME format." if kind == "mixed" else "",
            params='; type="multipart/alternative"' if related_alt else "")
    if case.vcard:
        card = strip_markup(case.vcard).strip("\n")
        fn = next((ln[3:] for ln in card.split("\n") if ln.startswith("FN:")), "contact")
        card_leaf = _mime_leaf("text/x-vcard", card + "\n", "quoted-printable", case.charset,
                               f'; name="{fn}.vcf"',
                               [f'Content-Disposition: attachment; filename="{fn}.vcf"'])
        body_lines = _multipart(
            "mixed", f"----=_NextPart_002_{n:04d}_01DB7A3C.5E2F1B40", [body_lines, card_leaf],
            preamble="This is a multipart message in MIME format.")

    if case.direction == "volunteer":
        subject = case.subject or {"nl": "Re: [{pseudonym}]", "fr": "RE: [{pseudonym}]",
                                   "en": "Re: [{pseudonym}]"}[case.lang]
        to = "{alias}"
    else:
        subject = case.subject
        to = case.to or HELPLINE
    msgid = shape.msgid.format(n=n, slug8=slug8, domain=domain if domain else "mail.example")
    day = 3 + n % 24
    headers = [
        f"Return-Path: <{addr if '@' in addr else 'bounce@mail.example'}>",
        f"Received: from mx{n % 7 + 1}.mail.example (mx{n % 7 + 1}.mail.example "
        f"[198.51.100.{n % 200 + 20}])",
        f"\tby mx.lumi.example (Postfix) with ESMTPS id 4Yz{n:04d}Qk2r",
        f"\tfor <{HELPLINE if case.direction == 'seeker' else 'c.alias@relay.lumi.example'}>; "
        f"{_DAYS['en'][day % 7]}, {day:02d} Mar 2025 1{n % 10}:2{n % 10}:0{n % 10} +0100 (CET)",
        f"From: {address_header(display, addr, case.from_style)}",
        f"To: {to}",
        f"Subject: {subject if subject.isascii() else encoded_word(subject)}",
        f"Date: {_DAYS['en'][day % 7]}, {day} Mar 2025 1{n % 10}:2{n % 10}:0{n % 10} +0100",
        f"Message-ID: {msgid}",
    ]
    if case.direction == "volunteer":
        headers += ["In-Reply-To: {forward_id}", "References: {forward_id}"]
    elif case.quote:
        headers += [f"In-Reply-To: <answer-{n}@lumi.example>",
                    f"References: <answer-{n}@lumi.example>"]
    headers += [f"{k}: {v}" for k, v in case.headers]
    headers += [f"{k}: {v.format(n=n % 250 + 1)}" for k, v in shape.mailer]
    headers.append("MIME-Version: 1.0")
    headers = [h for h in headers if h]
    raw_lines = headers + body_lines
    newline = "\r\n" if case.crlf else "\n"
    raw = newline.join(raw_lines) + newline

    identity: list[str] = []
    identity += name_parts(display)
    identity.append(addr)
    marked = marked_identity(case.body) + marked_identity(case.sig) + marked_identity(case.vcard)
    for span in marked:
        identity.append(span)
        # A person's full name in running text or a signature: each part identifies too.
        if _PERSON.fullmatch(span) and span.split()[0] in first_names:
            identity += name_parts(span)[1:]
    if case.logo:
        identity.append(case.logo[0])
    if case.direction == "volunteer" and client_line:
        identity.append(client_line.split("\n")[0])
    identity += case.identity
    if "X-Originating-IP" in dict(shape.mailer):
        identity.append(f"203.0.113.{n % 250 + 1}")
    seen: list[str] = []
    for item in identity:
        if item and item not in seen:
            seen.append(item)

    labels: dict[str, object] = {
        "direction": case.direction,
        "client": case.label_client or shape.label,
        "language": case.lang,
        "tags": case.tags,
        "content": content_spans(case.body),
        "identity": seen,
    }
    if case.direction == "volunteer":
        labels["volunteer"] = case.volunteer or addr
        labels["nickname"] = case.nickname
    return Rendered(filename, raw, labels)


# ---------------------------------------------------------------- labels.toml

def _toml_str(value: str) -> str:
    text = json.dumps(value, ensure_ascii=False)
    # Invisible characters are the point of some cases: write them so a reviewer sees them.
    for ch in ("\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff", "\u00a0"):
        text = text.replace(ch, f"\\u{ord(ch):04X}")
    return text


_HEADER = ("# HELD-OUT relay-text corpus: generated by tests/tools/relay_corpus_heldout.py from\n"
           "# hand-written bodies (tests/tools/relay_corpus_heldout_cases.py).\n"
           "# Do not tune on it.")


def labels_toml(rendered: Sequence[Rendered], header: str = _HEADER) -> str:
    out = header.split("\n") + [""]
    for r in rendered:
        out.append(f"[{_toml_str(r.filename)}]")
        for key, value in r.labels.items():
            if isinstance(value, list):
                if key in ("content", "identity") and value:
                    out.append(f"{key} = [")
                    out += [f"  {_toml_str(v)}," for v in value]
                    out.append("]")
                else:
                    out.append(f"{key} = [{', '.join(_toml_str(v) for v in value)}]")
            else:
                out.append(f"{key} = {_toml_str(str(value))}")
        out.append("")
    return "\n".join(out)


def build(cases: Sequence[Case] | None = None,
          extra_first_names: frozenset[str] | None = None) -> list[Rendered]:
    """Render a set of cases; without arguments, this module's own (dev/heldout-v1) cases."""
    if cases is None:
        from tests.tools.relay_corpus_heldout_cases import CASES, EXTRA_FIRST_NAMES

        cases, extra_first_names = CASES, EXTRA_FIRST_NAMES
    CASES, EXTRA_FIRST_NAMES = cases, extra_first_names or frozenset()
    seekers = [c for c in CASES if c.direction == "seeker"]
    volunteers = [c for c in CASES if c.direction == "volunteer"]
    # A marked span "Johan Peeters" is a person (each part identifies), "Universiteit Gent" is not:
    # a span counts as a person's name when it starts with a first name someone in the corpus has.
    senders = frozenset(c.sender[0].split()[0] for c in CASES if c.sender[0])
    first_names = senders | EXTRA_FIRST_NAMES
    rendered = [render(c, i + 1, first_names) for i, c in enumerate(seekers)]
    rendered += [render(c, i + 1, first_names) for i, c in enumerate(volunteers)]
    return rendered


def write(rendered: Sequence[Rendered], out: Path = OUT, header: str = _HEADER) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    for r in rendered:
        (out / r.filename).write_bytes(r.raw.encode("utf-8"))
    (out / "labels.toml").write_text(labels_toml(rendered, header), encoding="utf-8")


def main(argv: Sequence[str] | None = None, out: Path = OUT,
         render_all: Callable[[], list[Rendered]] = build, header: str = _HEADER) -> int:
    """Write (or with --check only check) one set; other corpora pass their folder and cases."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only check the written set")
    args = parser.parse_args(argv)
    from tests.tools.relay_corpus_check import check_set

    if not args.check:
        write(render_all(), out, header)
    problems = check_set(out)
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s) in {out.relative_to(ROOT)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
