"""Building the mails the helpline sends, from nothing.

Every outgoing mail is composed afresh from an allowlist of headers; nothing of
the incoming mail's header block is ever copied, so no Received line, client
header, DKIM signature or foreign Message-ID can cross the relay. Values that
come from outside (a subject) are flattened to one line first, so they cannot add
a header or a recipient.
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

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]+")
_SMTP = email.policy.SMTP.clone(max_line_length=78)


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
    return flat[:limit]


def _mailbox(display_name: str, address: str) -> Address:
    local, _, domain = address.rpartition("@")
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
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = " ".join(references)
    if automatic:
        # RFC 3834: machines must recognise us as a machine, so they never answer
        # us and we never start a loop; Exchange honours only its own header.
        msg["Auto-Submitted"] = automatic
        msg["X-Auto-Response-Suppress"] = "All"
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
    for att in attachments:
        if att in inline:
            continue
        maintype, _, subtype = att.content_type.partition("/")
        msg.add_attachment(att.data, maintype=maintype or "application",
                           subtype=subtype or "octet-stream", filename=att.filename)
    return Outgoing(kind=kind, mail_from=envelope_from, rcpt=to_address,
                    message_id=message_id, data=msg.as_bytes(policy=_SMTP))
