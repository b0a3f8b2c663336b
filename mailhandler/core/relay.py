"""What of a mail may cross the relay: its words, cleaned attachments, safe HTML. Nothing else.

This is the one place that decides the content of a forward (help-seeker to
volunteers) and of an answer (volunteer to help-seeker). It is pure: a parsed
mail and the identity to remove go in, a `RelayedBody` comes out, and the
handlers compose the outgoing mail from it with headers of our own.

Both directions remove the other side's addresses and names from the text, the
HTML, attachment file names and quoted history. A volunteer's answer also loses
their signature (delimited or not), their theme tags and our note to volunteers,
and goes out as plain text: mail clients hide signatures, logos and contact
cards in HTML in too many ways to trust a cleaned copy of it.
"""

from __future__ import annotations

import dataclasses
import email
import email.policy
import re
from dataclasses import dataclass
from email.message import Message
from html import escape as html_escape

from mailhandler.core.attachments import (
    Attachment,
    Cleaned,
    Outcome,
    TextCleaners,
    clean_attachments,
    extension_for,
)
from mailhandler.core.html import (
    html_to_text,
    linked_addresses,
    sanitise_html,
    scrub_html,
    too_complex,
)
from mailhandler.core.message import addresses, all_headers, decoded_payload, header
from mailhandler.core.scrub import (
    Identity,
    SignatureCut,
    WordName,
    closed_by_client_line,
    drop_external_banner,
    drop_prepended_disclaimer,
    drop_pseudonym_from_greetings,
    extract_themes,
    forwarded_family_names,
    forwarded_sender_names,
    is_at_domains,
    learn_co_signers,
    learn_labelled_names,
    learn_more_names,
    learn_names,
    learn_partner_names,
    learn_subject_names,
    names_written_otherwise,
    remove_delimited_signature,
    remove_signature_blocks,
    replace_address_block_town,
    replace_banner_organisation,
    replace_bare_initials_sign_off,
    replace_chat_word_sign_off,
    replace_employer_after_name,
    replace_identity,
    replace_in_forwarded_part,
    replace_initials_labels,
    replace_label_organisation,
    replace_letterhead_town,
    replace_seeker_sign_off,
    replace_sign_off_name,
    replace_written_addresses,
    scrub_text,
    with_word_names,
    without_helpline_origin,
    without_learned_words,
    without_pronouns_by_sign_off,
)
from mailhandler.core.sniff import TEXT, TEXT_KINDS, decode_text, sniff

_QUOTE_MARKERS = re.compile(r"^[\s>]*")
_CID = re.compile(r"cid:([^\"'\s>)]+)", re.IGNORECASE)
_HEADERS_OF_EMBEDDED = ("From", "Date", "Subject", "To", "Cc")
# Text beyond this is not relayed; the mail itself stays stored for coordinators. Removing
# signatures and identities is linear but slow (some seconds per MB of short lines), and a
# hostile mail may carry megabytes of text. Nobody writes a helpline 250 pages.
MAX_TEXT_CHARS = 500_000
# A type as compose may write it back. get_content_type() decodes encoded words, so a
# hostile "image/=?utf-8?q?png=0D=0ABcc:_x?=" reads as "image/png\r\nbcc: x".
_MIME_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*")
TEXT_CUT_MARK = "[…]"
# What stands where a phone number or street address was.
DETAIL_PLACEHOLDER = "[…]"
# Every header by which a mail can name its writer, as a mail client would show it.
IDENTITY_HEADERS = (
    "From", "Reply-To", "Sender", "Return-Path", "Resent-From", "Resent-Sender",
    "Resent-Reply-To", "X-Original-From", "X-Original-Sender", "X-Sender",
    "Disposition-Notification-To", "Return-Receipt-To", "X-Confirm-Reading-To", "Errors-To",
)
_COMMENT = re.compile(r"\(([^()]{2,200})\)")
# Outlook names the pictures of a signature image001.png, image002.jpg, …
_SIGNATURE_IMAGE_NAME = re.compile(r"image\d{3}\.(?:png|jpe?g|gif|bmp)", re.IGNORECASE)
# A signature logo is small; a photo or screenshot a young person pasted into the text is not.
_MAX_LOGO_BYTES = 64 * 1024
_WORDS = re.compile(r"\w+")


def header_identity(message: Message, extra_addresses: tuple[str, ...] = (),
                    extra_names: tuple[str, ...] = ()) -> Identity:
    """Every address and name by which the headers of `message` name its writer.

    All IDENTITY_HEADERS, their display names decoded as a mail client shows them (also
    when split over several encoded words) and the comments next to an address
    ("sam@x.example (Sam Janssens)"), plus what the caller knows (the envelope sender).
    """
    pairs = addresses(message, *IDENTITY_HEADERS)
    found = [addr for _, addr in pairs] + [a.lower() for a in extra_addresses if a]
    names = [name for name, _ in pairs if name]
    for name in IDENTITY_HEADERS:
        for value in all_headers(message, name):
            names.extend(" ".join(c.split()) for c in _COMMENT.findall(value))
    names.extend(n for n in extra_names if n)
    return Identity(addresses=tuple(dict.fromkeys(found)),
                    names=tuple(dict.fromkeys(n for n in names if "@" not in n)))


def text_to_html(text: str) -> str:
    """A plain rendering of cleaned text: paragraphs, line breaks and quotes, nothing else."""
    out: list[str] = []
    depth = 0
    for line in text.split("\n"):
        level = _QUOTE_MARKERS.match(line).group().count(">")  # type: ignore[union-attr]
        while depth < level:
            out.append("<blockquote>")
            depth += 1
        while depth > level:
            out.append("</blockquote>")
            depth -= 1
        out.append(html_escape(_QUOTE_MARKERS.sub("", line, count=1) if level else line) + "<br>")
    out.extend("</blockquote>" for _ in range(depth))
    return "<html><body><div>" + "\n".join(out) + "</div></body></html>"


@dataclass(frozen=True)
class Replacement:
    """Who disappears from a mail, and what stands in their place."""

    who: Identity
    address: str
    name: str
    placeholder: str = DETAIL_PLACEHOLDER  # for phone numbers and street addresses


@dataclass(frozen=True)
class RelayedBody:
    text: str
    html: str | None
    attachments: tuple[Attachment, ...]
    withheld: tuple[str, ...]
    themes: tuple[str, ...] = ()
    # Lines of signature blocks taken out of the writer's text (names replaced in place are
    # not counted): the volunteer is told what was sent when this is not 0.
    removed_lines: int = 0
    # Who was removed: the identity given, with the names the writer signs with in the text.
    who: Identity | None = None
    # What was attached and what was done with each (kinds and counts, never a file name).
    outcomes: tuple[Outcome, ...] = ()


@dataclass
class _Parts:
    texts: list[str]
    htmls: list[str]
    attachments: list[Attachment]


def _disposition(part: Message) -> str | None:
    try:
        return part.get_content_disposition()
    except Exception:
        return "attachment"


def _filename(part: Message) -> str | None:
    try:
        return part.get_filename()
    except Exception:
        return None


def _embedded_as_text(inner: Message, replacement: Replacement | None = None) -> str:
    """A forwarded or attached mail as the quoted block a mail client would show: only
    From/To/Cc/Date/Subject (no Received, X-Originating-IP...), and its text cleaned on its
    own, so that ITS author's signature goes too (their name is added to those removed)."""
    lines = ["---------- Forwarded message ----------"]
    for name in _HEADERS_OF_EMBEDDED:
        value = header(inner, name)
        if value:
            lines.append(f"{name}: {' '.join(value.split())}")
    parts = _collect(inner, replacement, armored_text=False)
    body = _body_text(parts)
    block = "\n".join(lines) + "\n\n" + body
    if replacement is None:
        return block
    pairs = addresses(inner, "From", "Sender", "Reply-To", "To", "Cc")
    who = Identity(
        addresses=(*replacement.who.addresses, *(addr for _, addr in pairs)),
        names=(*replacement.who.names, *(name for name, _ in pairs if name)))
    return clean_attachment_text(block, Replacement(who, replacement.address, replacement.name))


def clean_attachment_text(text: str, replacement: Replacement) -> str:
    """The one function for words that arrive other than as the body: text and HTML files,
    attached mails, bodies sent as odd parts. Same rules as a body: signatures, then
    identities, and the names the text itself signs with."""
    text = _blank_runs_capped(text)
    who = learn_names(text, replacement.who)
    cut = _without_signatures(text, who, "")
    return scrub_text(cut.text, who, replacement.address, replacement.name,
                      replacement.placeholder)


_ENRICHED_COMMAND = re.compile(r"<(/?[A-Za-z0-9-]{1,60}|param)>", re.IGNORECASE)


def _enriched_to_text(text: str) -> str:
    """text/enriched (RFC 1896) as plain text: commands and their parameters dropped."""
    text = re.sub(r"<param>.*?</param>", "", text, flags=re.IGNORECASE | re.DOTALL)
    text = _ENRICHED_COMMAND.sub("", text).replace("<<", "<")
    # In text/enriched a single newline is a space; n newlines are n-1 line breaks.
    return re.sub(r"\n(\n*)", lambda m: m.group(1) or " ", text)


def _as_mail(data: bytes) -> Message | None:
    try:
        return email.message_from_bytes(data, policy=email.policy.default)
    except Exception:
        return None


_MAX_RESPLITS = 4
_OPENING_BOUNDARY = re.compile(rb"\A\s*--([ -~]{1,70}?)[ \t]*\r?\n")


def _unsplit_multipart(part: Message) -> Message | None:
    """A multipart part the parser did not split, split by the boundary its body opens
    with ("--Apple-Mail-…" under a Content-Type without boundary="…"), or None when its
    body does not open with one."""
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return None
    opening = _OPENING_BOUNDARY.match(data)
    if opening is None:
        return None
    boundary = opening.group(1).decode("ascii").replace("\\", "").replace('"', "")
    inner = _as_mail(f'Content-Type: {part.get_content_type()}; boundary="{boundary}"\r\n'
                     "\r\n".encode("ascii") + data)
    if inner is None or not inner.is_multipart():
        return None
    return inner


def _body_text(parts: _Parts) -> str:
    """What the writer wrote: the text parts, or when they hold nothing, the HTML's text."""
    if _has_words(parts.texts):
        return "\n\n".join(parts.texts)
    return "\n\n".join(html_to_text(markup) for markup in parts.htmls if markup.strip())


def _has_words(texts: list[str]) -> bool:
    """Whether the text parts hold anything but blanks. An empty text/plain beside the HTML
    (Apple Mail, phone apps, a web form) is no text: the words are in the HTML, and the mail
    was forwarded empty."""
    return any(not text.isspace() and text for text in texts)


def _collect(message: Message, replacement: Replacement | None = None, *,
             armored_text: bool = True) -> _Parts:
    """Text, HTML and attachments, in order. Iterative: a hostile mail may nest a thousand deep.

    What a part IS decides, not its label: readable text that is not explicitly an
    attachment is message text whatever its subtype (text/enriched, text/markdown) or
    file name; a part whose bytes are a mail is treated like message/rfc822, whatever it
    is called. A text body holding OpenPGP armour is read as its words, the armour held
    back (_without_pgp_armor); without `armored_text` (a mail forwarded inside the mail,
    _embedded_as_text) the whole part is held back, as it always was there.
    """
    parts = _Parts([], [], [])
    stack: list[Message] = [message]
    resplits = 0
    while stack:
        part = stack.pop()
        ctype = part.get_content_type()
        if not _MIME_TYPE.fullmatch(ctype):
            ctype = "application/octet-stream"
        if ctype == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            if isinstance(inner, Message):
                parts.texts.append(_embedded_as_text(inner, replacement))
            continue
        if part.is_multipart():
            payload = part.get_payload()
            if isinstance(payload, list):
                stack.extend(reversed([p for p in payload if isinstance(p, Message)]))
            continue
        if ctype.startswith("multipart/"):
            # A multipart the parser found no parts in (no boundary parameter, or one its
            # body never uses): its body was read as nothing at all. Split by the boundary
            # its body opens with, or else read as the text it is.
            # Each split parses the body again: a hostile mail nesting such parts would
            # cost the square of its size, so only the first few are split.
            inner_mail = _unsplit_multipart(part) if resplits < _MAX_RESPLITS else None
            if inner_mail is not None:
                resplits += 1
                stack.append(inner_mail)
                continue
            ctype = "text/plain"
        disposition = _disposition(part)
        filename = _filename(part)
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            continue
        text_in_charset = decode_text(data, part.get_content_charset()) \
            if ctype.startswith("text/") and disposition != "attachment" else None
        # A body declared text is sniffed as the text its charset spells: UTF-16, Shift_JIS
        # or GB18030 bytes are no binary (a Shift_JIS "学" opens like an OpenPGP packet),
        # and the whole mail was withheld as one.
        kind = sniff(data if text_in_charset is None else text_in_charset.encode("utf-8"),
                     ctype, filename)
        if disposition != "attachment" and ctype == "text/plain" \
                and kind.name not in _KEPT_APART_FROM_BODIES and text_in_charset is not None:
            # "#!!! help", "ID3 van mijn klas is raar", "BZh …": a body declared text that
            # reads as text is the writer's text, whatever its first bytes spell in a file
            # format's magic. A binary declared as text does not read as text (NULs, control
            # bytes, broken UTF-8) and is withheld as before.
            kind = TEXT
        if kind.name == "mail":
            inner_mail = _as_mail(data)
            if inner_mail is not None:
                parts.texts.append(_embedded_as_text(inner_mail, replacement))
                continue
        if armored_text and disposition != "attachment" and ctype == "text/plain" \
                and kind.name in _PGP_KINDS \
                and (split := _without_pgp_armor(decoded_payload(part))) is not None:
            own, blocks = split
            if own.strip():
                parts.texts.append(own)
            parts.attachments.extend(
                Attachment(filename=None, content_type="text/plain",
                           data=block.encode("utf-8", "surrogatepass"))
                for block in blocks)
            continue
        if disposition != "attachment" and ctype.startswith("text/"):
            # A body part is read as its declared type: an inline <svg> icon in an HTML
            # mail, or a text that starts with "<svg>", is the writer's message (the
            # sanitiser drops the element), not an SVG file to withhold whole.
            # The text was read above (text_in_charset); read again only where it did not
            # read as text and its declared type says it is anyway.
            if ctype == "text/html" and kind.name in _READ_AS_MARKUP:
                parts.htmls.append(text_in_charset if text_in_charset is not None
                                   else decoded_payload(part))
                continue
            if kind.name in TEXT_KINDS or (ctype == "text/plain"
                                           and kind.name in _READ_AS_MARKUP):
                text = text_in_charset if text_in_charset is not None else \
                    decoded_payload(part) if ctype == "text/plain" else ""
                if kind.name == "enriched":
                    text = _enriched_to_text(text)
                parts.texts.append(text if filename is None or replacement is None
                                   else clean_attachment_text(text, replacement))
                continue
        cid = header(part, "Content-ID").strip().strip("<>") or None
        parts.attachments.append(Attachment(
            filename=filename, content_type=ctype, data=data, content_id=cid,
            inline=disposition != "attachment" and cid is not None))
    return parts


# "-----BEGIN PGP SIGNED MESSAGE----- / Hash: SHA256 // <the writer's text> // -----BEGIN PGP
# SIGNATURE----- / … / -----END PGP SIGNATURE-----" (the cleartext signature of RFC 4880, 7:
# Thunderbird, Mailvelope, gpg --clearsign), or a key or an encrypted block pasted into a text
# body. The armour is no one's words, and it can name its owner (the key's user id and id), so
# it is held back as the same block attached would be; the text around it, and the signed text
# inside a cleartext signature, is the writer's message and is read as the body. For a
# volunteer's signed answer too (held back whole, it reached the help-seeker empty): the span
# once measured crossing when it was read apart was the key's fingerprint on the "OpenPGP: …"
# line of the signature, which is a signature line now (signature_lines._KEY_FINGERPRINT_LINE).
_PGP_KINDS = frozenset({"pgp-signature", "pgp-key", "pgp-encrypted"})
# What a text body is taken apart from even when it reads as text: a forwarded mail (read
# as text of its own), keys, signatures, certificates and cards (identity, not words), and
# markup, which the body rules read by its declared type.
_KEPT_APART_FROM_BODIES = frozenset({"mail", "vcard", "calendar", "certificate", "smime",
                                     *_PGP_KINDS, "html", "svg", "xml", "enriched"})
_PGP_ARMOR_LINE = re.compile(r"-----(BEGIN|END) PGP ([A-Z0-9 ,/]{1,40})-----[ \t]*")
_DASH_ESCAPE = "- "


def _without_pgp_armor(text: str) -> tuple[str, list[str]] | None:
    """(the writer's text, the armoured blocks) of a text body holding OpenPGP armour, or None
    when it holds none. The cleartext signature's own header lines ("Hash: SHA256", up to the
    first blank line) go; its signed lines are un-dash-escaped ("- -- " back to "-- ", RFC
    4880, 7.1); every other armoured block (a signature, a key, a message) is kept whole for
    the attachment rules. A block without its END line runs to the end of the text. One pass
    over the lines."""
    own: list[str] = []
    blocks: list[str] = []
    block: list[str] | None = None
    block_kind = ""
    armor_headers = False
    signed = False
    for line in text.splitlines(keepends=True):
        marker = _PGP_ARMOR_LINE.fullmatch(line.rstrip("\r\n"))
        if block is not None:
            block.append(line)
            if marker and marker[1] == "END" and marker[2] == block_kind:
                blocks.append("".join(block))
                block = None
            continue
        if armor_headers:
            armor_headers = bool(line.strip())
            continue
        if marker and marker[1] == "BEGIN" and marker[2] == "SIGNED MESSAGE":
            armor_headers = signed = True
            continue
        if marker and marker[1] == "BEGIN":
            block, block_kind, signed = [line], marker[2], False
            continue
        own.append(line[len(_DASH_ESCAPE):] if signed and line.startswith(_DASH_ESCAPE)
                   else line)
    if block is not None:
        blocks.append("".join(block))
    if not blocks and not signed:
        return None
    return "".join(own), blocks


# What a text body part may sniff as and still be read as the body it says it is.
_READ_AS_MARKUP = frozenset({"html", "svg", "xml", *TEXT_KINDS})


def _cleaned_attachments(attachments: list[Attachment] | tuple[Attachment, ...],
                         replacement: Replacement) -> Cleaned:
    """Every attachment cleaned by what it is; text-like ones by the body's rules."""
    cleaners = TextCleaners(text=lambda text: clean_attachment_text(text, replacement),
                            html=lambda markup: _clean_html_file(markup, replacement),
                            max_chars=MAX_TEXT_CHARS)
    return clean_attachments(attachments, cleaners)


def _clean_html_file(markup: str, replacement: Replacement) -> str:
    """An HTML file by the body's rules: sanitised (no scripts, no remote images) and
    scrubbed; rebuilt from its cleaned text when it had a signature, as a body would be."""
    text = html_to_text(markup)
    if too_complex(markup) or _without_signatures(text, replacement.who, "").text != text:
        return text_to_html(clean_attachment_text(text, replacement))
    return scrub_html(sanitise_html(markup, frozenset(), ""), replacement.who,
                      replacement.address, replacement.name)


# A run of blanks inside a line, or of blank lines, longer than anyone types (or than a client
# aligns columns with) is cut to this many: many rules look for blanks between words, and ten
# thousand of them between two words cost such a rule ten thousand steps per blank: minutes
# for one mail, while the next ones wait.
_MAX_BLANK_RUN = 16
_LONG_BLANK_RUN = re.compile(rf"([^\S\r\n]{{{_MAX_BLANK_RUN}}})[^\S\r\n]+")
_MANY_BLANK_LINES = re.compile(rf"((?:[^\S\n]*\n){{{_MAX_BLANK_RUN}}})(?:[^\S\n]*\n)+")


def _blank_runs_capped(text: str) -> str:
    """`text` with no run of blanks or of blank lines longer than _MAX_BLANK_RUN: blanks
    are nobody's words, and a bounded run keeps every rule's work linear in the text."""
    return _MANY_BLANK_LINES.sub(r"\1", _LONG_BLANK_RUN.sub(r"\1", text))


def _bounded(text: str) -> str:
    """At most MAX_TEXT_CHARS of `text`, cut at a line end or space where there is one, so
    that no address or name is cut in two (half of one would not be recognised); blank runs
    capped (_blank_runs_capped)."""
    text = _blank_runs_capped(text)
    if len(text) <= MAX_TEXT_CHARS:
        return text
    cut = text[:MAX_TEXT_CHARS]
    at = cut.rfind("\n")
    if at < MAX_TEXT_CHARS // 2:
        at = max(at, cut.rfind(" "))
    return (cut[:at] if at > 0 else cut) + f"\n{TEXT_CUT_MARK}\n"


def cut_forward_note(text: str, openings: frozenset[str]) -> str:
    """Remove our note to volunteers from quoted history, with its separator line.

    The note closes a forward, so it runs from its opening line to the end of that
    quote level; matching the opening only keeps this working when a mail client
    re-wraps the quoted lines.
    """
    kept: list[str] = []
    cutting_at: int | None = None
    for line in text.split("\n"):
        depth = _QUOTE_MARKERS.match(line).group().count(">")  # type: ignore[union-attr]
        if cutting_at is not None:
            if depth >= cutting_at and (depth > 0 or cutting_at == 0):
                continue
            cutting_at = None
        if _QUOTE_MARKERS.sub("", line).strip() in openings:
            cutting_at = depth
            while kept and _QUOTE_MARKERS.sub("", kept[-1]).strip() in ("", "--") \
                    and _QUOTE_MARKERS.match(kept[-1]).group().count(">") == depth:  # type: ignore[union-attr]
                kept.pop()
            continue
        kept.append(line)
    return "\n".join(kept)


def _renamed(attachments: tuple[Attachment, ...], replacement: Replacement, domain: str,
             inline_allowed: bool, stem: str = "attachment",
             ) -> tuple[tuple[Attachment, ...], dict[str, str]]:
    """Neutral file names ("bijlage-1.pdf": names carry names, Sam_Janssens_CV.docx), with
    the extension of what the file is, and Content-IDs of our own."""
    renamed: list[Attachment] = []
    cids: dict[str, str] = {}
    for index, att in enumerate(attachments, start=1):
        name = f"{stem}-{index}{extension_for(att.content_type)}"
        cid = None
        if att.content_id and inline_allowed:
            cid = f"part{index}.{len(cids) + 1}@{domain}"
            cids[att.content_id] = cid
        renamed.append(Attachment(filename=name, content_type=att.content_type, data=att.data,
                                  content_id=cid, inline=att.inline and cid is not None))
    return tuple(renamed), cids


def _without_signatures(text: str, who: Identity, marker: str) -> SignatureCut:
    delimited = remove_delimited_signature(text, marker, who)
    blocks = remove_signature_blocks(delimited.text, who, marker)
    return SignatureCut(blocks.text, delimited.removed_lines + blocks.removed_lines)


def _visible_words(text: str) -> set[str]:
    return {word.casefold() for word in _WORDS.findall(text)}


def _is_signature_image(attachment: Attachment) -> bool:
    named = bool(attachment.filename and _SIGNATURE_IMAGE_NAME.fullmatch(attachment.filename))
    return (attachment.content_type.startswith("image/")
            and (attachment.content_id is not None or named)
            and len(attachment.data) <= _MAX_LOGO_BYTES)


def forward_body(message: Message, replacement: Replacement, domain: str,
                 removed_image_note: str, removed_signature_note: str = "", *,
                 attachment_stem: str = "attachment") -> RelayedBody:
    """A help-seeker's mail as volunteers may see it.

    Nothing of the writer's own words is lost: names, addresses, phone numbers and
    streets are replaced where they stand (by the pseudonym, the alias or a placeholder),
    also names the writer signs with in the text. Only signature blocks go (on a shared
    family account the client signs with a parent's name, street and phone number), with
    `removed_signature_note` where they were. The HTML alternative is kept only when it
    shows no word the cleaned text does not: a signature present only in the HTML, or
    one the text lost, makes it rebuilt from the cleaned text; the signature's logo
    (a small image with a Content-ID, or Outlook's image001.png) does not cross then.
    """
    parts = _collect(message, replacement)
    cleaned = _cleaned_attachments(parts.attachments, replacement)
    html_in = "\n".join(parts.htmls)
    original = _bounded(_body_text(parts))
    # "ik schrijf voor mijn broertje Lowie": the young person written for is the help-seeker.
    who = learn_subject_names(header(message, "Subject"),
                              learn_names(original, replacement.who, written_for=True))
    who = learn_co_signers(original, learn_more_names(original, who))
    # "MISS JASMINE PATEL" on a label they copied: the name the pharmacist calls out too.
    who = learn_labelled_names(original, who)
    cut = _without_signatures(original, who, removed_signature_note)
    # Their known addresses first, in every written form; then any other address they write
    # (a second one of their own, a friend's: one they can be reached at), before their names
    # are replaced, or "sam punt janssens apenstaartje thuis punt be" would no longer read as
    # an address once "sam" and "janssens" were, and half of it would cross.
    text = replace_identity(cut.text, Identity(addresses=who.addresses), replacement.address,
                            replacement.name)
    text = replace_written_addresses(text, replacement.address, (domain,))
    # "Ruben Haegeman / Hoogstraat 45 / 9000 Gent / 0479 …" opening a formal letter: a card.
    text = replace_letterhead_town(text, who, replacement.placeholder)
    text = scrub_text(text, who, replacement.address, replacement.name, replacement.placeholder)
    text = replace_seeker_sign_off(text, removed_signature_note, replacement.name,
                                   closed_by_client=closed_by_client_line(original))
    # "Van: Omid Ahmadzai" forwarded by his sister Sara Ahmadzai: "ik ben omid" below it.
    text = replace_in_forwarded_part(text, forwarded_family_names(cut.text, who),
                                     replacement.name)
    # HTML too large or too deeply nested to clean (see html.too_complex) is rebuilt from
    # the text, like HTML that had a signature.
    keep_html = bool(html_in.strip()) and cut.text == original and not too_complex(html_in)
    kept = cleaned.kept
    withheld = cleaned.withheld
    if cut.removed_lines and html_in.strip():
        logos = tuple(a for a in kept if _is_signature_image(a))
        kept = tuple(a for a in kept if a not in logos)
        withheld = withheld + tuple("signature image" for _ in logos)
    html = None
    if keep_html:
        attachments, cids = _renamed(kept, replacement, domain, inline_allowed=True,
                                     stem=attachment_stem)
        safe = sanitise_html(html_in, frozenset(cids), removed_image_note)
        # An address behind a link's words ("mijn eigen adres") is replaced like one written
        # in the text (replace_written_addresses); the helpline's own stay.
        linked = tuple(address for address in linked_addresses(html_in)
                       if not is_at_domains(address, (domain,)))
        # Their name as the whole text writes it otherwise ("i sign in morse" in one <div>,
        # the Morse in the next): each text node alone may lack the cue.
        names = (*who.names, *names_written_otherwise(original, who))
        html = scrub_html(safe, Identity(addresses=(*who.addresses, *linked), names=names,
                                         word_names=who.word_names),
                          replacement.address, replacement.name)
        html = _CID.sub(lambda m: f"cid:{cids.get(m.group(1), 'removed')}", html)
        allowed = _visible_words(text) | _visible_words(removed_image_note)
        shown = _visible_words(html_to_text(html))
        # An HTML that shows none of the text's words (they stood in its <title> or
        # <noscript>, which no client shows, see html._hidden_text) would be read as empty.
        if not shown <= allowed or (not shown and _visible_words(text)):
            keep_html = False
    if not keep_html:
        attachments, _ = _renamed(kept, replacement, domain, inline_allowed=False,
                                  stem=attachment_stem)
        html = text_to_html(text) if html_in.strip() else None
    return RelayedBody(text=text, html=html, attachments=attachments, withheld=withheld,
                       removed_lines=cut.removed_lines, who=who, outcomes=cleaned.outcomes)


def answer_body(message: Message, replacement: Replacement, domain: str,
                note_openings: frozenset[str], removed_signature_note: str = "",
                pseudonym: str = "", *, attachment_stem: str = "attachment") -> RelayedBody:
    """A volunteer's answer as the help-seeker may see it: plain text, cleaned attachments.

    As for a forward, the volunteer's words are kept and their names, addresses, phone
    numbers and streets replaced (by the helpline's name and address, or a placeholder);
    their signature block goes, with `removed_signature_note` in its place, and
    `removed_lines` tells the handler to show the volunteer what was sent. Theme tags are
    taken out (also one closing a sentence); a greeting of the conversation's pseudonym
    ("Dag K7Q2MX,") becomes a plain greeting ("Dag,").
    """
    parts = _collect(message, replacement)
    text = _body_text(parts)
    text = drop_external_banner(cut_forward_note(_bounded(text), note_openings))
    text = drop_prepended_disclaimer(replace_banner_organisation(text, replacement.placeholder))
    # "Classification: Northwind Bank - Internal": the employer in their mail tool's label.
    text = replace_label_organisation(text, replacement.placeholder)
    text, themes = extract_themes(text)
    # Names learned from the text that are ordinary words are replaced only where they sign.
    who = without_learned_words(learn_more_names(text, learn_names(text, replacement.who)),
                                replacement.who)
    who = without_helpline_origin(who, replacement.who, replacement.name)
    who = learn_partner_names(text, who)  # "mijn man Wim": the volunteer's household
    cut = _without_signatures(text, who, removed_signature_note)
    text = drop_pseudonym_from_greetings(cut.text, pseudonym)
    text = replace_employer_after_name(text, who, replacement.placeholder, replacement.name)
    text = replace_sign_off_name(text, who, replacement.name, removed_signature_note)
    text = replace_chat_word_sign_off(text, replacement.who, replacement.name)
    text = replace_bare_initials_sign_off(text, replacement.who, replacement.name)
    # "EG: Dat doet pijn …": the volunteer's initials marking answers between the quoted lines;
    # so marked, they are the volunteer's in the rest of the text and the Subject too.
    text, labels = replace_initials_labels(text, who, replacement.name)
    if labels:
        # "op je PC" (Pieter Claes's label "PC:"): initials that are a word of the language
        # are replaced where that shape does not make them the word (Identity.word_names).
        who = with_word_names(dataclasses.replace(who, names=(*who.names, *labels)),
                              [WordName(label) for label in labels], replacement.who.names)
    # "A. Verbeke / Lindenlaan 4 / 8730 Beernem" opening a letter pasted into the answer.
    text = replace_address_block_town(text, who, replacement.placeholder)
    # An organisation's address and number the volunteer gives as advice are meant to be used.
    text = scrub_text(text, who, replacement.address, replacement.name, replacement.placeholder,
                      keep_introduced=True)
    # "Lumi (she/her)": the pronouns by the name that signed the answer are its signature's.
    text = without_pronouns_by_sign_off(text, replacement.name)
    # A GP's or colleague's advice forwarded below the answer is signed with their name.
    text = replace_in_forwarded_part(text, forwarded_sender_names(cut.text, who, domain),
                                     replacement.name)
    # Inline images of an answer are signature logos more often than not, and so are
    # pictures with a Content-ID or Outlook's image001.png sent as attachments: only
    # real attachments cross.
    cleaned = _cleaned_attachments([a for a in parts.attachments
                                    if not a.inline and not _is_signature_image(a)],
                                   replacement)
    attachments, _ = _renamed(cleaned.kept, replacement, domain, inline_allowed=False,
                              stem=attachment_stem)
    return RelayedBody(text=text, html=None, attachments=attachments,
                       withheld=cleaned.withheld, themes=tuple(themes),
                       removed_lines=cut.removed_lines, who=who, outcomes=cleaned.outcomes)
