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
from mailhandler.core.html import html_to_text, sanitise_html, scrub_html, too_complex
from mailhandler.core.message import addresses, decoded_payload, header
from mailhandler.core.scrub import (
    Identity,
    extract_themes,
    scrub_text,
    strip_signature,
    strip_signature_block,
)
from mailhandler.core.sniff import TEXT_KINDS, decode_text, sniff

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


@dataclass(frozen=True)
class RelayedBody:
    text: str
    html: str | None
    attachments: tuple[Attachment, ...]
    withheld: tuple[str, ...]
    themes: tuple[str, ...] = ()
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
    parts = _collect(inner, replacement)
    body = "\n\n".join(parts.texts) or "\n\n".join(html_to_text(h) for h in parts.htmls)
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
    identities. (The integrator points this at the text pipeline of the relay.)"""
    return scrub_text(_without_signatures(text, replacement.who), replacement.who,
                      replacement.address, replacement.name)


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


def _collect(message: Message, replacement: Replacement | None = None) -> _Parts:
    """Text, HTML and attachments, in order. Iterative: a hostile mail may nest a thousand deep.

    What a part IS decides, not its label: readable text that is not explicitly an
    attachment is message text whatever its subtype (text/enriched, text/markdown) or
    file name; a part whose bytes are a mail is treated like message/rfc822, whatever it
    is called.
    """
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
                parts.texts.append(_embedded_as_text(inner, replacement))
            continue
        if part.is_multipart():
            payload = part.get_payload()
            if isinstance(payload, list):
                stack.extend(reversed([p for p in payload if isinstance(p, Message)]))
            continue
        disposition = _disposition(part)
        filename = _filename(part)
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            continue
        kind = sniff(data, ctype, filename)
        if kind.name == "mail":
            inner_mail = _as_mail(data)
            if inner_mail is not None:
                parts.texts.append(_embedded_as_text(inner_mail, replacement))
                continue
        if disposition != "attachment" and ctype.startswith("text/"):
            if ctype == "text/html" and kind.name in ("html", *TEXT_KINDS):
                parts.htmls.append(decoded_payload(part))
                continue
            if kind.name in TEXT_KINDS:
                text = decoded_payload(part) if ctype == "text/plain" else \
                    decode_text(data, part.get_content_charset()) or ""
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
    if too_complex(markup) or _without_signatures(text, replacement.who) != text:
        return text_to_html(clean_attachment_text(text, replacement))
    return scrub_html(sanitise_html(markup, frozenset(), ""), replacement.who,
                      replacement.address, replacement.name)


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


def _without_signatures(text: str, who: Identity) -> str:
    return strip_signature_block(strip_signature(text), who)


def forward_body(message: Message, replacement: Replacement, domain: str,
                 removed_image_note: str, *, attachment_stem: str = "attachment") -> RelayedBody:
    """A help-seeker's mail as volunteers may see it.

    Signatures go in this direction too: on a shared family account the client
    signs with a parent's name, street and phone number. When the text had one,
    the HTML (where it hides in client-specific markup) is rebuilt from the
    cleaned text instead of relayed.
    """
    parts = _collect(message, replacement)
    cleaned = _cleaned_attachments(parts.attachments, replacement)
    html_in = "\n".join(parts.htmls)
    original = _bounded("\n\n".join(parts.texts) if parts.texts else html_to_text(html_in)
                        if html_in.strip() else "")
    unsigned = _without_signatures(original, replacement.who)
    # HTML too large or too deeply nested to clean (see html.too_complex) is rebuilt from
    # the text, like HTML that had a signature.
    keep_html = bool(html_in.strip()) and unsigned == original and not too_complex(html_in)
    attachments, cids = _renamed(cleaned.kept, replacement, domain, inline_allowed=keep_html,
                                 stem=attachment_stem)
    text = scrub_text(unsigned, replacement.who, replacement.address, replacement.name)
    html = None
    if keep_html:
        safe = sanitise_html(html_in, frozenset(cids), removed_image_note)
        html = scrub_html(safe, replacement.who, replacement.address, replacement.name)
        html = _CID.sub(lambda m: f"cid:{cids.get(m.group(1), 'removed')}", html)
    elif html_in.strip():
        html = text_to_html(text)
    return RelayedBody(text=text, html=html, attachments=attachments, withheld=cleaned.withheld,
                       outcomes=cleaned.outcomes)


def answer_body(message: Message, replacement: Replacement, domain: str,
                note_openings: frozenset[str], *, attachment_stem: str = "attachment",
                ) -> RelayedBody:
    """A volunteer's answer as the help-seeker may see it: plain text, cleaned attachments."""
    parts = _collect(message, replacement)
    text = "\n\n".join(parts.texts) if parts.texts else html_to_text("\n".join(parts.htmls))
    text = _without_signatures(cut_forward_note(_bounded(text), note_openings), replacement.who)
    text, themes = extract_themes(text)
    text = scrub_text(text, replacement.who, replacement.address, replacement.name)
    # Inline images of an answer are signature logos more often than not; only real
    # attachments cross.
    cleaned = _cleaned_attachments([a for a in parts.attachments if not a.inline], replacement)
    attachments, _ = _renamed(cleaned.kept, replacement, domain, inline_allowed=False,
                              stem=attachment_stem)
    return RelayedBody(text=text, html=None, attachments=attachments,
                       withheld=cleaned.withheld, themes=tuple(themes),
                       outcomes=cleaned.outcomes)
