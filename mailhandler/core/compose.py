"""Building the mails the helpline sends, from nothing.

Every outgoing mail is composed afresh from an allowlist of headers; nothing of
the incoming mail's header block is ever copied, so no Received line, client
header, DKIM signature or foreign Message-ID can cross the relay. Values that
come from outside (a subject) are flattened to one line first, so they cannot add
a header or a recipient.

The stdlib decodes RFC 2047 encoded words in values we set, and (before Python
3.11.10, CVE-2024-6923) writes a CR/LF it decoded as it is: a subject that reads
"=?UTF-8?Q?x=0D=0ABcc:_a@b?=" after one decoding would add a Bcc header. So outside
text never reaches a header with "=?" in it, and the finished header block is checked.
"""

from __future__ import annotations

import email.policy
import re
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from mailhandler.core.attachments import Attachment
from mailhandler.core.big_parts import BigParts
from mailhandler.core.message import HeaderClasses, is_message_id, is_one_address

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # bytes of a raw 8-bit header that were no text
# A header line as we write it: "Name: value" or a continuation starting with a blank.
_HEADER_LINE = re.compile(rb"(?:[!-9;-~]+:|[ \t])[^\x00-\x08\x0a-\x1f\x7f]*")
_SMTP = email.policy.SMTP.clone(max_line_length=78, header_factory=HeaderClasses())


@dataclass(frozen=True)
class Outgoing:
    """A composed mail with its envelope; `mail_from` "" is the null sender."""

    kind: str
    mail_from: str
    rcpt: str
    message_id: str
    data: bytes


def one_line(value: str, limit: int = 200) -> str:
    """Outside text made safe for a header: no line breaks or controls, bounded length."""
    flat = _CONTROL.sub(" ", value or "").strip()
    flat = re.sub(r"\s{2,}", " ", flat)
    flat = _SURROGATE.sub("\ufffd", flat)
    # A zero-width space keeps "=?" from starting an encoded word (see above); the text
    # reads the same.
    return flat[:limit].replace("=?", "=\u200b?")


def _mailbox(display_name: str, address: str) -> Address:
    # The address is also the envelope recipient: refuse anything but exactly one, rather
    # than let the header quote "a@x, b@y" into one odd address while the envelope gets both.
    if not is_one_address(address):
        raise ValueError("not a single address")
    local, _, domain = address.rpartition("@")
    if len(local) >= 2 and local[0] == local[-1] == '"':  # Address quotes it again itself
        local = re.sub(r"\\(.)", r"\1", local[1:-1])
    if not domain.isascii():
        # The stdlib writes a non-ASCII domain as encoded words and, when the line is
        # long, folds it right after the "@" without the leading space a continuation
        # needs, so the rest of the domain starts a line of its own in the header block.
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            raise ValueError("not a single address") from None
    return Address(display_name=one_line(display_name, 100), username=local, domain=domain)


def compose(
    *,
    kind: str,
    envelope_from: str,
    from_name: str,
    from_address: str,
    to_address: str,
    subject: str,
    text: str,
    message_id: str,
    date: datetime,
    language: str,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    reply_to: str | None = None,
    reply_to_name: str = "",
    automatic: str | None = None,
    html: str | None = None,
    attachments: tuple[Attachment, ...] = (),
    loop_markers: tuple[str, ...] = (),
) -> Outgoing:
    """A UTF-8 mail, every header chosen here: text, optional HTML alternative, attachments."""
    msg = EmailMessage(policy=_SMTP)
    msg["From"] = _mailbox(from_name, from_address)
    msg["To"] = _mailbox("", to_address)
    if reply_to:
        msg["Reply-To"] = _mailbox(reply_to_name, reply_to)
    msg["Subject"] = one_line(subject)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    # Ids we did not make come from other mails: one that is not plain printable ASCII, or
    # that holds "=?", is left out; threading headers are a courtesy.
    if in_reply_to and _safe_id(in_reply_to):
        msg["In-Reply-To"] = in_reply_to
    references = tuple(r for r in references if _safe_id(r))
    if references:
        msg["References"] = " ".join(references)
    if automatic:
        # RFC 3834: machines must recognise us as a machine, so they never answer
        # us and we never start a loop; Exchange honours only its own header.
        msg["Auto-Submitted"] = automatic
        msg["X-Auto-Response-Suppress"] = "All"
    # Other relays' loop markers, carried on (core/loops); our own is added as it leaves.
    for marker in loop_markers:
        if is_one_address(marker) and "=?" not in marker:
            msg["X-Loop"] = marker
    msg["Content-Language"] = language
    msg.set_content(text if text.endswith("\n") else text + "\n", charset="utf-8")
    inline = [a for a in attachments if a.inline and a.content_id] if html else []
    if html:
        msg.add_alternative(html, subtype="html", charset="utf-8")
        html_part = msg.get_payload()[1]  # type: ignore[index]
        assert isinstance(html_part, EmailMessage)
        for att in inline:
            maintype, _, subtype = att.content_type.partition("/")
            html_part.add_related(att.data, maintype=maintype, subtype=subtype,
                                  cid=f"<{att.content_id}>", filename=att.filename)
    big = BigParts()  # big attachments are put in after the rest is written (memory)
    for att in attachments:
        if att in inline:
            continue
        maintype, _, subtype = att.content_type.partition("/")
        msg.add_attachment(big.stand_in(att.data), maintype=maintype or "application",
                           subtype=subtype or "octet-stream",
                           filename=one_line(att.filename, 255) if att.filename else None)
    data = msg.as_bytes(policy=_SMTP)
    _check_headers(msg, data)
    data = big.put_in(data)
    return Outgoing(kind=kind, mail_from=envelope_from, rcpt=to_address,
                    message_id=message_id, data=data)


def _safe_id(message_id: str) -> bool:
    return is_message_id(message_id)


def _check_headers(msg: EmailMessage, data: bytes) -> None:
    """Refuse a mail whose headers span lines or hold controls, whatever the reason (what
    newer Pythons do with policy.verify_generated_headers): a mail that cannot be sent is
    better than one with a header or recipient we did not write."""
    head = data.split(b"\r\n\r\n", 1)[0]
    if not all(_HEADER_LINE.fullmatch(line) for line in head.split(b"\r\n")):
        raise ValueError("a header would span lines")
    for part in msg.walk():
        for _, value in part.items():
            if _CONTROL.search(str(value).replace("\t", " ")):
                raise ValueError("a header value holds a line break or control")
