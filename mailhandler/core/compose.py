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

import email.contentmanager
import email.policy
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from mailhandler.core.attachments import Attachment
from mailhandler.core.big_parts import BigParts, Spliced
from mailhandler.core.message import HeaderClasses, is_message_id, is_one_address

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # bytes of a raw 8-bit header that were no text
# A header line as we write it: "Name: value" or a continuation starting with a blank.
_HEADER_LINE = re.compile(rb"(?:[!-9;-~]+:|[ \t])[^\x00-\x08\x0a-\x1f\x7f]*")
_MAX_LINE = 78
_SMTP = email.policy.SMTP.clone(max_line_length=_MAX_LINE, header_factory=HeaderClasses())
# What needs nothing from the email package: printable ASCII, words separated by single
# spaces, a display name without specials (written unquoted), a dot-atom address.
_PLAIN_VALUE = re.compile(r"[!-~]+(?: [!-~]+)*")
_PLAIN_NAME = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?: [A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_DOT_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_NEWLINE = re.compile(r"\r\n|\r|\n")
# The email package's choice of 7bit, 8bit, quoted-printable or base64 for a text body;
# private, so without it every mail goes through the object model.
_encode_text: Callable[..., tuple[str, str]] | None = getattr(
    email.contentmanager, "_encode_text", None)


@dataclass(frozen=True)
class Outgoing:
    """A composed mail with its envelope; `mail_from` "" is the null sender."""

    kind: str
    mail_from: str
    rcpt: str
    message_id: str
    # A mail with big attachments is a Spliced value (core/big_parts): its bytes come a
    # piece at a time, as the store seals them; bytes() of it is the whole mail.
    data: bytes | Spliced


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
    headers: list[tuple[str, object]] = [
        ("From", _mailbox(from_name, from_address)), ("To", _mailbox("", to_address))]
    if reply_to:
        headers.append(("Reply-To", _mailbox(reply_to_name, reply_to)))
    headers += [("Subject", one_line(subject)), ("Date", format_datetime(date)),
                ("Message-ID", message_id)]
    # Ids we did not make come from other mails: one that is not plain printable ASCII, or
    # that holds "=?", is left out; threading headers are a courtesy.
    if in_reply_to and _safe_id(in_reply_to):
        headers.append(("In-Reply-To", in_reply_to))
    references = tuple(r for r in references if _safe_id(r))
    if references:
        headers.append(("References", " ".join(references)))
    if automatic:
        # RFC 3834: machines must recognise us as a machine, so they never answer
        # us and we never start a loop; Exchange honours only its own header.
        headers += [("Auto-Submitted", automatic), ("X-Auto-Response-Suppress", "All")]
    # Other relays' loop markers, carried on (core/loops); our own is added as it leaves.
    headers += [("X-Loop", marker) for marker in loop_markers
                if is_one_address(marker) and "=?" not in marker]
    text = text if text.endswith("\n") else text + "\n"
    data: bytes | Spliced | None = None
    if not html and not attachments:
        data = _plain_bytes(headers, text)
    if data is None:
        data = _with_object_model(headers, language, text, html, attachments)
    return Outgoing(kind=kind, mail_from=envelope_from, rcpt=to_address,
                    message_id=message_id, data=data)


def _with_object_model(headers: list[tuple[str, object]], language: str, text: str,
                       html: str | None, attachments: tuple[Attachment, ...],
                       ) -> bytes | Spliced:
    msg = EmailMessage(policy=_SMTP)
    for name, value in headers:
        msg[name] = value
    # set_content() drops every Content-* header set before it, this one too: kept as it
    # was, so that both ways of writing a mail give the same bytes.
    msg["Content-Language"] = language
    msg.set_content(text, charset="utf-8")
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
    return big.splice(data)


def _plain_bytes(headers: list[tuple[str, object]], text: str) -> bytes | None:
    """A text/plain mail as the object model writes it (headers in the order set, then
    the three set_content() adds), or None to leave it to the object model."""
    if _encode_text is None:
        return None
    lines = []
    for name, value in headers:
        line = _plain_header(name, value)
        if line is None:
            header = _SMTP.header_store_parse(name, value)[1]
            # What _check_headers() asks of every value, for those the package wrote.
            if _CONTROL.search(str(header).replace("\t", " ")):
                raise ValueError("a header value holds a line break or control")
            line = _SMTP.fold_binary(name, header)
        lines.append(line)
    cte, payload = _encode_text(text, "utf-8", None, _SMTP)
    lines += [b'Content-Type: text/plain; charset="utf-8"\r\n',
              b"Content-Transfer-Encoding: " + cte.encode("ascii") + b"\r\n",
              b"MIME-Version: 1.0\r\n", b"\r\n"]
    head = b"".join(lines)
    _check_header_lines(head)
    return head + _NEWLINE.sub("\r\n", payload).encode("ascii", "surrogateescape")


def _plain_header(name: str, value: object) -> bytes | None:
    """ "Name: value" CRLF for a value the email package would write as it is, else None."""
    if isinstance(value, Address):
        if not (_DOT_ATOM.fullmatch(value.username) and _DOT_ATOM.fullmatch(value.domain)):
            return None
        if not value.display_name:
            written = value.addr_spec
        elif _PLAIN_NAME.fullmatch(value.display_name) and "=?" not in value.display_name:
            written = f"{value.display_name} <{value.addr_spec}>"
        else:
            return None
    elif isinstance(value, str) and _PLAIN_VALUE.fullmatch(value) and "=?" not in value:
        written = value
    else:
        return None
    line = f"{name}: {written}"
    return (line + "\r\n").encode("ascii") if len(line) <= _MAX_LINE else None


def _safe_id(message_id: str) -> bool:
    return is_message_id(message_id)


def _check_headers(msg: EmailMessage, data: bytes) -> None:
    """Refuse a mail whose headers span lines or hold controls, whatever the reason (what
    newer Pythons do with policy.verify_generated_headers): a mail that cannot be sent is
    better than one with a header or recipient we did not write."""
    _check_header_lines(data.split(b"\r\n\r\n", 1)[0])
    for part in msg.walk():
        for _, value in part.items():
            if _CONTROL.search(str(value).replace("\t", " ")):
                raise ValueError("a header value holds a line break or control")


def _check_header_lines(head: bytes) -> None:
    """Every line of the header block is a header or a continuation of one."""
    lines = head.removesuffix(b"\r\n\r\n").split(b"\r\n")
    if not all(_HEADER_LINE.fullmatch(line) for line in lines):
        raise ValueError("a header would span lines")
