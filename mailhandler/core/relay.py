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

import re
from dataclasses import dataclass
from email.message import Message
from html import escape as html_escape

from mailhandler.core.attachments import Attachment, clean_attachments, safe_filename
from mailhandler.core.html import html_to_text, sanitise_html, scrub_html, too_complex
from mailhandler.core.message import addresses, all_headers, decoded_payload, header
from mailhandler.core.scrub import (
    Identity,
    SignatureCut,
    drop_pseudonym_from_greetings,
    extract_themes,
    learn_names,
    remove_delimited_signature,
    remove_signature_blocks,
    replace_identity,
    replace_written_addresses,
    scrub_text,
)

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


def _embedded_as_text(inner: Message) -> str:
    """A forwarded mail (message/rfc822) as the quoted block a mail client would show."""
    lines = ["---------- Forwarded message ----------"]
    for name in _HEADERS_OF_EMBEDDED:
        value = header(inner, name)
        if value:
            lines.append(f"{name}: {' '.join(value.split())}")
    parts = _collect(inner)
    body = "\n\n".join(parts.texts) or "\n\n".join(html_to_text(h) for h in parts.htmls)
    return "\n".join(lines) + "\n\n" + body


def _collect(message: Message) -> _Parts:
    """Text, HTML and attachments, in order. Iterative: a hostile mail may nest a thousand deep."""
    parts = _Parts([], [], [])
    stack: list[Message] = [message]
    while stack:
        part = stack.pop()
        ctype = part.get_content_type()
        if not _MIME_TYPE.fullmatch(ctype):
            ctype = "application/octet-stream"
        if ctype == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            if isinstance(inner, Message):
                parts.texts.append(_embedded_as_text(inner))
            continue
        if part.is_multipart():
            payload = part.get_payload()
            if isinstance(payload, list):
                stack.extend(reversed([p for p in payload if isinstance(p, Message)]))
            continue
        disposition = _disposition(part)
        filename = _filename(part)
        if ctype in ("text/plain", "text/html") and disposition != "attachment" and not filename:
            (parts.texts if ctype == "text/plain" else parts.htmls).append(decoded_payload(part))
            continue
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            continue
        cid = header(part, "Content-ID").strip().strip("<>") or None
        parts.attachments.append(Attachment(
            filename=filename, content_type=ctype, data=data, content_id=cid,
            inline=disposition != "attachment" and cid is not None))
    return parts


def _bounded(text: str) -> str:
    """At most MAX_TEXT_CHARS of `text`, cut at a line end or space where there is one, so
    that no address or name is cut in two (half of one would not be recognised)."""
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
             inline_allowed: bool) -> tuple[tuple[Attachment, ...], dict[str, str]]:
    """Safe file names without the sender's name, and Content-IDs of our own."""
    renamed: list[Attachment] = []
    cids: dict[str, str] = {}
    for index, att in enumerate(attachments, start=1):
        name = replace_identity(safe_filename(att.filename, att.content_type, index),
                                replacement.who, "", "")
        name = safe_filename(name.strip(" ._-") or None, att.content_type, index)
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
                 removed_image_note: str, removed_signature_note: str = "") -> RelayedBody:
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
    parts = _collect(message)
    cleaned = clean_attachments(parts.attachments)
    html_in = "\n".join(parts.htmls)
    original = _bounded("\n\n".join(parts.texts) if parts.texts else html_to_text(html_in)
                        if html_in.strip() else "")
    who = learn_names(original, replacement.who)
    cut = _without_signatures(original, who, removed_signature_note)
    text = scrub_text(cut.text, who, replacement.address, replacement.name,
                      replacement.placeholder)
    # Any other address a help-seeker writes is one they can be reached at (a second one of
    # their own, a friend's): it goes too, after their known ones were replaced precisely.
    text = replace_written_addresses(text, replacement.address, (domain,))
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
        attachments, cids = _renamed(kept, replacement, domain, inline_allowed=True)
        safe = sanitise_html(html_in, frozenset(cids), removed_image_note)
        html = scrub_html(safe, who, replacement.address, replacement.name)
        html = _CID.sub(lambda m: f"cid:{cids.get(m.group(1), 'removed')}", html)
        allowed = _visible_words(text) | _visible_words(removed_image_note)
        if not _visible_words(html_to_text(html)) <= allowed:
            keep_html = False
    if not keep_html:
        attachments, _ = _renamed(kept, replacement, domain, inline_allowed=False)
        html = text_to_html(text) if html_in.strip() else None
    return RelayedBody(text=text, html=html, attachments=attachments, withheld=withheld,
                       removed_lines=cut.removed_lines, who=who)


def answer_body(message: Message, replacement: Replacement, domain: str,
                note_openings: frozenset[str], removed_signature_note: str = "",
                pseudonym: str = "") -> RelayedBody:
    """A volunteer's answer as the help-seeker may see it: plain text, cleaned attachments.

    As for a forward, the volunteer's words are kept and their names, addresses, phone
    numbers and streets replaced (by the helpline's name and address, or a placeholder);
    their signature block goes, with `removed_signature_note` in its place, and
    `removed_lines` tells the handler to show the volunteer what was sent. Theme tags are
    taken out (also one closing a sentence); a greeting of the conversation's pseudonym
    ("Dag K7Q2MX,") becomes a plain greeting ("Dag,").
    """
    parts = _collect(message)
    text = "\n\n".join(parts.texts) if parts.texts else html_to_text("\n".join(parts.htmls))
    text = cut_forward_note(_bounded(text), note_openings)
    text, themes = extract_themes(text)
    who = learn_names(text, replacement.who)
    cut = _without_signatures(text, who, removed_signature_note)
    text = drop_pseudonym_from_greetings(cut.text, pseudonym)
    text = scrub_text(text, who, replacement.address, replacement.name, replacement.placeholder)
    # Inline images of an answer are signature logos more often than not, and so are
    # pictures with a Content-ID or Outlook's image001.png sent as attachments: only
    # real attachments cross.
    cleaned = clean_attachments(a for a in parts.attachments
                                if not a.inline and not _is_signature_image(a))
    attachments, _ = _renamed(cleaned.kept, replacement, domain, inline_allowed=False)
    return RelayedBody(text=text, html=None, attachments=attachments,
                       withheld=cleaned.withheld, themes=tuple(themes),
                       removed_lines=cut.removed_lines, who=who)
