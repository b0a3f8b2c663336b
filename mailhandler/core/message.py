"""Reading a mail: parsing bytes, and getting addresses, ids and text out of it without crashing.

Incoming mail is hostile or broken often enough that every accessor here
tolerates garbage: a header that cannot be parsed reads as absent, a body in an
unknown charset is decoded with replacement characters. The caller decides what
to do with a mail; reading it never raises.
"""

from __future__ import annotations

import binascii
import email
import re
from collections.abc import Callable
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage, Message
from email.parser import BytesHeaderParser
from email.policy import EmailPolicy, compat32
from email.utils import getaddresses
from typing import Any

# Not html.parser on the raw markup: its handling of unclosed constructs ("<a " repeated)
# is quadratic, 30 KB of them take 15 s. core.html bounds its work on hostile markup.
from mailhandler.core.html import html_to_text

# Printable ASCII only (RFC 5322), and no "=?": an id is copied into In-Reply-To and
# References of what we send, where a control, U+0085 or raw 8-bit would make the header
# fail, and "=?" start an encoded word the stdlib decodes (see compose).
# The one Message-ID rule: message_ids() finds ids by it and compose writes only ids that
# are one (is_message_id).
_MSGID = re.compile(r"<(?:(?!=\?)[!-;=?-~])+>")
# One address as an envelope and a To header can carry it: a dot-atom-like or quoted local
# part, one "@", a domain. No "=?", no controls (C0, DEL, C1), no lone surrogates (bytes
# that were not text), no separators, and outside quotes no whitespace, which includes
# U+2028 and the other line separators.
_BAD = r"\x00-\x1f\x7f-\x9f\ud800-\udfff"
_ONE_ADDRESS = re.compile(
    r"(?!.*=\?)"  # no encoded word either (see compose)
    rf'(?:[^\s{_BAD}"(),:;<>@\[\\\]]+|"(?:[^"\\{_BAD}\u2028\u2029]|\\[ -~])*")'
    rf'@(?:[^\s{_BAD}"(),:;<>@\[\\\]]+|\[(?:IPv6:)?[0-9A-Fa-f.:]+\])'
)


def is_one_address(value: str) -> bool:
    """Whether `value` is exactly one address that can be written to a header and an
    envelope as it is (see addresses()); a non-ASCII domain must have an IDNA form,
    which is how compose writes it."""
    if _ONE_ADDRESS.fullmatch(value) is None:
        return False
    domain = value.rpartition("@")[2]
    try:
        domain.encode("idna")
    except UnicodeError:
        return False
    return True


def is_message_id(value: str) -> bool:
    """Whether `value` is exactly one Message-ID we may copy into a header we write."""
    return _MSGID.fullmatch(value) is not None


def is_own_address(address: str, own_addresses: frozenset[str], own_domain: str) -> bool:
    """Whether `address` is the helpline's: one of its addresses, or any address in its
    alias domain or below it. The one rule for "mail from ourselves" (a loop, never
    answered) and for "not a volunteer's address" (volunteer add refuses it)."""
    address = address.strip().lower()
    own = {own.strip().lower() for own in own_addresses}
    if address in own:
        return True
    # hulp+anything@ is delivered into hulp@'s mailbox (RFC 5233 sub-addressing).
    local, at, address_domain = address.rpartition("@")
    if at and "+" in local and f"{local.partition('+')[0]}@{address_domain}" in own:
        return True
    domain = (own_domain or "").strip().lstrip("@").rstrip(".").lower()
    address_domain = address_domain.strip().rstrip(".") if at else ""
    return bool(domain) and (address_domain == domain or address_domain.endswith("." + domain))


# Limits for hostile mail. None of them is reached by anything a mail client writes; each
# one bounds work that would otherwise grow faster than the mail's size.
#
# The stdlib's structured-header parser is superlinear: a 200 KB From or Subject takes
# seconds per read, and the handlers read the same headers several times. A longer value
# is cut when the mail is parsed (at a space or comma where possible); a References line of
# a long thread is a few KB, so only the tail of an abuse is lost. The raw mail is kept.
MAX_HEADER_CHARS = 16_384
# Every part costs the parser a Content-Type parse (default policy): 20 000 empty parts,
# 200 KB of mail, take five seconds, and then each part is walked, cleaned and composed
# once per volunteer. Beyond this the mail is unreadable (quarantined, kept for coordinators).
MAX_PARTS = 1_000
# Parts inside parts: the stdlib parser, Message.walk() and as_bytes() recurse, so a mail
# nested some hundreds deep raises RecursionError in one place or another, depending on
# the caller's stack. Deeper than this, the mail is unreadable, in one predictable place.
MAX_NESTING = 100


# A run of base64 lines at least this long is set aside before the stdlib parser sees the
# mail, and put back as the part's payload after (see _set_aside): the parser keeps every
# body line as an object of its own and then joins them, about 4 bytes per byte of mail
# (8 at its peak) for a big attachment; set aside, the payload is one string, made once.
BIG_BODY_BYTES = 64 * 1024
# Whole lines of base64 only (RFC 2045 §6.8 alphabet and "="), starting with a character
# of it: such a line is never a header (no colon), a header continuation (no leading
# blank), the blank line that ends headers, or a boundary (no "--"), so wherever the
# parser meets it, it is body text of the part it is in, or a multipart's preamble or
# epilogue. One character class repeated, not a group: the regex engine then keeps no
# state per line (a group repeated per line cost 2.4 bytes per byte of mail).
_BASE64_RUN = re.compile(rb"^[A-Za-z0-9+/=][A-Za-z0-9+/=\r\n]{%d,}" % (BIG_BODY_BYTES - 1),
                         re.MULTILINE)
_ASIDE = "\x00mailhandler-aside-"
_ASIDE_TOKEN = re.compile(r"\x00mailhandler-aside-(\d+)\x00")


class UnreadableMail(Exception):
    """The bytes are not a mail we can do anything with (they are still kept)."""


class _TooManyParts(Exception):
    pass


class HeaderClasses(HeaderRegistry):
    """The stdlib's header registry, making each header class once instead of per header.

    HeaderRegistry builds a new class with type() for every header it parses or sets;
    the classes are stateless, so one per header name serves every mail.
    """

    def __init__(self) -> None:
        super().__init__()
        self._made: dict[str, type] = {}

    def __getitem__(self, name: str) -> type:
        key = name.lower()
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = super().__getitem__(name)
        return made


class _BoundedPolicy(EmailPolicy):
    """``email.policy.default`` with over-long header values cut as they are read."""

    def header_source_parse(self, sourcelines: list[str]) -> tuple[str, str]:
        name, value = super().header_source_parse(sourcelines)
        if len(value) > MAX_HEADER_CHARS:
            value = value[:MAX_HEADER_CHARS]
            cut = max(value.rfind(" "), value.rfind(","), value.rfind("\t"))
            value = value[:cut] if cut > 0 else value
        return name, value


_POLICY = _BoundedPolicy(header_factory=HeaderClasses())


def _counting_factory() -> Callable[..., EmailMessage]:
    """A message factory for the parser that stops it once the mail has too many parts
    (so a mail of a million empty parts costs a thousand, not a million)."""
    made = 0

    def make(policy: EmailPolicy = _POLICY) -> EmailMessage:
        nonlocal made
        made += 1
        if made > MAX_PARTS + 1:  # +1: the parser makes one to try the factory out
            raise _TooManyParts
        return _Message(policy=policy)

    return make


class _Message(EmailMessage):
    """EmailMessage that can hold a big base64 body as a view of the raw mail.

    A body set aside before parsing (see _set_aside) stays a view of the raw bytes the
    caller holds anyway: decoding it (get_payload(decode=True)) makes only the decoded
    bytes, where the stdlib encodes the text to bytes, splits it into lines, joins them
    and decodes, four bytes of memory per byte of the part at its peak. Whatever reads
    the payload any other way gets the text, made once on that first read: the same
    value as the stdlib's. What binascii refuses (bad padding, non-ASCII) goes the
    stdlib's lenient way; payloads under BIG_BODY_BYTES always do.
    """

    _aside: memoryview | None = None
    _text: Any = None

    @property  # type: ignore[override]
    def _payload(self) -> Any:
        if self._aside is not None:
            self._text, self._aside = str(self._aside, "ascii"), None
        return self._text

    @_payload.setter
    def _payload(self, value: Any) -> None:
        self._aside, self._text = None, value

    def set_aside(self, view: memoryview) -> None:
        """The payload is the text of `view` (ASCII: base64 lines)."""
        self._aside, self._text = view, None

    def is_multipart(self) -> bool:
        return self._aside is None and isinstance(self._text, list)

    def get_payload(self, i: int | None = None,  # type: ignore[override]
                    decode: bool = False) -> object:
        source = self._aside if self._aside is not None else self._text
        if decode and i is None and (isinstance(source, memoryview) or (
                isinstance(source, str) and len(source) >= BIG_BODY_BYTES)) \
                and str(self.get("content-transfer-encoding", "")).strip().lower() == "base64":
            try:
                return binascii.a2b_base64(source)
            except (binascii.Error, ValueError):
                pass
        return super().get_payload(i, decode)  # type: ignore[call-overload]


def _set_aside(raw: bytes) -> tuple[bytes, list[tuple[int, int]]] | None:
    """The mail with each big run of base64 lines replaced by a token, and where the runs
    are; None when there is nothing worth setting aside (or the mail holds a token)."""
    if len(raw) < BIG_BODY_BYTES or _ASIDE.encode() in raw:
        return None
    spans = []
    for match in _BASE64_RUN.finditer(raw):
        start = match.start()
        # Whole lines only, and the last line end stays outside: whatever follows (a
        # boundary) is read as before.
        end = raw.rfind(b"\n", start, match.end())
        if end > start and raw[end - 1:end] == b"\r":
            end -= 1
        if end - start >= BIG_BODY_BYTES:
            spans.append((start, end))
    if not spans:
        return None
    view = memoryview(raw)
    pieces: list[bytes | memoryview] = []
    at = 0
    for number, (start, end) in enumerate(spans):
        pieces += [view[at:start], f"{_ASIDE}{number}\x00".encode()]
        at = end
    pieces.append(view[at:])
    reduced = b"".join(pieces)
    view.release()
    return reduced, spans


def _put_back(message: Message, raw: bytes, spans: list[tuple[int, int]]) -> bool:
    """Replace the tokens in payloads, preambles and epilogues by the runs they stand
    for; whether every run was put back exactly once."""
    found = 0
    view = memoryview(raw)

    def run(number: int) -> str:
        start, end = spans[number]
        return str(view[start:end], "ascii")  # no bytes copy of the run on the way

    def restore(text: str) -> str:
        nonlocal found

        def one(match: re.Match[str]) -> str:
            nonlocal found
            found += 1
            return run(int(match.group(1)))
        return _ASIDE_TOKEN.sub(one, text)

    for part in message.walk():
        payload = part._payload  # type: ignore[attr-defined]
        if isinstance(payload, str) and _ASIDE in payload:
            whole = _ASIDE_TOKEN.fullmatch(payload)
            if whole is not None and isinstance(part, _Message):
                # The usual case, the run is the whole body: it stays where it is.
                start, end = spans[int(whole.group(1))]
                part.set_aside(view[start:end])
                found += 1
            else:
                part._payload = restore(payload)  # type: ignore[attr-defined]
        for name in ("preamble", "epilogue"):
            value = getattr(part, name, None)
            if isinstance(value, str) and _ASIDE in value:
                setattr(part, name, restore(value))
    return found == len(spans)


def _nesting(message: Message) -> int:
    """How deep parts nest (0 for a single-part mail), without recursion."""
    deepest = 0
    stack: list[tuple[Message, int]] = [(message, 0)]
    while stack:
        part, depth = stack.pop()
        deepest = max(deepest, depth)
        if part.is_multipart():
            stack.extend((p, depth + 1) for p in part.get_payload() if isinstance(p, Message))
    return deepest


_BARE_CR = re.compile(rb"\r(?!\n)")
_HEADER_END = re.compile(rb"\r?\n\r?\n")


def without_bare_cr_in_headers(raw: bytes) -> bytes:
    """`raw` with each lone CR in its header block made a space.

    The parser ends a line at a lone CR, so `Subject: ik ben\\rgay en bang` came out as
    "ik ben", the rest was not a header, and every header after it (To, Message-ID...)
    was read as body text. A sender's client does not mean a line break inside a header
    (SMTP forbids a lone CR); a space keeps every word where mail clients show it. The
    body is left as it is: there a lone CR is a line break and loses nothing."""
    end = _HEADER_END.search(raw)
    head_end, blank_line_end = (end.start(), end.end()) if end else (len(raw), len(raw))
    # A mail with none (every CRLF mail) is handed back as it is, not copied.
    if _BARE_CR.search(raw, 0, blank_line_end) is None:
        return raw
    head = _BARE_CR.sub(b" ", bytes(raw[:head_end]))
    # A copy, but only of a mail a client did not write this way: SMTP forbids a lone CR.
    return head + bytes(raw[head_end:])


def parse(raw: bytes) -> EmailMessage:
    """The parsed mail (UnreadableMail if it cannot be); `raw` may be any bytes-like value.

    Big base64 bodies are set aside first and put back after (see BIG_BODY_BYTES); a
    mail for which that does not come out exactly is parsed the plain way.
    """
    if not raw or raw.isspace():
        raise UnreadableMail("empty message")
    raw = without_bare_cr_in_headers(raw)
    aside = _set_aside(raw)
    if aside is not None:
        message = _parse(aside[0])
        if _put_back(message, raw, aside[1]):
            return message
    return _parse(raw)


def _parse(raw: bytes) -> EmailMessage:
    try:
        message = email.message_from_bytes(raw, _counting_factory(), policy=_POLICY)
    except _TooManyParts:
        raise UnreadableMail("too many parts") from None
    except Exception as exc:  # the stdlib parser is lenient; this is for what it still rejects
        raise UnreadableMail(type(exc).__name__) from None
    if not isinstance(message, EmailMessage):
        raise UnreadableMail("not a message")
    if _nesting(message) > MAX_NESTING:
        raise UnreadableMail("nested too deep")
    return message


def parse_headers(raw: bytes) -> Message:
    """Only the header block of `raw` (all of it, or what a server sent of it), values
    kept as written (compat32): the one reader for a mail's headers without its body,
    as IMAP's fetcher, the maildir purge and the volunteers' mailbox cleaning need."""
    return BytesHeaderParser(policy=compat32).parsebytes(without_bare_cr_in_headers(raw))


def header(message: Message, name: str) -> str:
    """A header's decoded value, or "" when it is absent or cannot be read."""
    try:
        value = message.get(name)
        return "" if value is None else str(value)
    except Exception:
        return ""


def all_headers(message: Message, name: str) -> list[str]:
    try:
        return [str(v) for v in (message.get_all(name) or [])]
    except Exception:
        return []


def addresses(message: Message, *names: str) -> list[tuple[str, str]]:
    """(display name, lower-case address) pairs from the given headers.

    Only addresses that are one address each (is_one_address): what the lenient parsers
    make of a hostile header ("a@x, b@y" from a decoded display name, a NUL, a line
    break) may become the recipient of an answer, and must not become two or a header.
    """
    found: list[tuple[str, str]] = []
    for name in names:
        values = all_headers(message, name)
        if not values:
            continue
        try:
            pairs = getaddresses(values)
        except Exception:
            continue
        for display, addr in pairs:
            addr = addr.strip().lower()
            if is_one_address(addr):
                found.append((display.strip(), addr))
    return found


def message_ids(value: str) -> list[str]:
    return _MSGID.findall(value or "")


def referenced_ids(message: Message) -> list[str]:
    """Ids this mail answers, most direct first: In-Reply-To, then References newest first."""
    ids = message_ids(header(message, "In-Reply-To"))
    ids += reversed(message_ids(header(message, "References")))
    seen: set[str] = set()
    return [i for i in ids if not (i in seen or seen.add(i))]  # type: ignore[func-returns-value]


def own_message_id(message: Message) -> str | None:
    ids = message_ids(header(message, "Message-ID"))
    return ids[0] if ids else None


# Labels old clients put on text that is really Windows-1252 (Outlook's classic one
# says iso-8859-1 and writes curly quotes and dashes at 0x80-0x9F). Browsers decode
# these labels as Windows-1252 for the same reason (WHATWG Encoding Standard).
_WESTERN_LABELS = frozenset({"us-ascii", "ascii", "iso-8859-1", "iso8859-1", "latin1",
                             "latin-1", "l1", "iso_8859-1", "windows-1252", "cp1252"})


# A byte order mark says the encoding whatever the label (or its absence) says: a phone app's
# UTF-16 text, labelled or not, was read as Windows-1252 (or sniffed as binary) and lost.
# UTF-32 first: its little-endian mark starts with UTF-16's.
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# Labels Python does not know, or knows as a smaller set, read as browsers read them (WHATWG
# Encoding Standard): Hebrew "-i" (logical order) is the same bytes, and GB2312/GBK text is
# written by GB18030 encoders (an emoji in it was replaced). Unknown, they became Windows-1252.
_LABEL_ALIASES = {"iso-8859-8-i": "iso-8859-8", "iso-8859-6-i": "iso-8859-6",
                  "iso-8859-8-e": "iso-8859-8", "iso-8859-6-e": "iso-8859-6",
                  "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}
# Labels whose text is two or four bytes a character: NULs in it are no sign of a binary.
WIDE_LABELS = frozenset({"utf-16", "utf-16le", "utf-16be", "utf-16-le", "utf-16-be",
                         "utf-32", "utf-32le", "utf-32be", "utf-32-le", "utf-32-be",
                         "ucs-2", "unicode"})


def starts_with_bom(data: bytes) -> bool:
    """Whether `data` opens with a byte order mark (which then says its encoding)."""
    return data.startswith(tuple(bom for bom, _ in _BOMS))


def decode_body(data: bytes, charset: str | None) -> str:
    """Text the way the writer's client meant it, replacing only what cannot be read.

    Tried from outside: 8-bit text without a charset became "\ufffd\ufffdn keer",
    Windows-1252 labelled iso-8859-1 brought C1 control characters instead of quotes, and
    UTF-8 labelled Latin-1 became "Ã©". So: valid UTF-8 is UTF-8 (no Latin-1 text reads
    as valid UTF-8 with accents in it), Western labels and no label are Windows-1252.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    label = (charset or "").strip().lower()
    label = _LABEL_ALIASES.get(label, label)
    if not label or label in _WESTERN_LABELS:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace")
    try:
        return data.decode(label, errors="replace")
    except (LookupError, ValueError):  # unknown, or not a name at all: charset="\x00"
        return decode_body(data, None)


def decoded_payload(part: Message) -> str:
    """A part's text from its transfer encoding and charset (decode_body)."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    return decode_body(payload, part.get_content_charset())


def _part_text(part: Message) -> str:
    return decoded_payload(part)


def _is_attachment(part: Message) -> bool:
    try:
        return part.get_content_disposition() == "attachment"
    except Exception:
        return False


def body_text(message: Message) -> str:
    """The mail's readable text: the first text/plain part, else its HTML as text."""
    plain: str | None = None
    markup: str | None = None
    for part in message.walk():
        if part.is_multipart() or _is_attachment(part):
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain" and plain is None:
            plain = _part_text(part)
        elif ctype == "text/html" and markup is None:
            markup = _part_text(part)
    if plain is not None and plain.strip():
        return plain.replace("\r\n", "\n")
    if markup is not None:
        return html_to_text(markup)
    return plain or ""


def attachment_count(message: Message) -> int:
    count = 0
    for part in message.walk():
        if part.is_multipart():
            continue
        if _is_attachment(part) or part.get_content_maintype() != "text":
            count += 1
    return count


def _report_parts(message: Message) -> list[Message]:
    try:
        return [p for p in message.walk() if p.get_content_type() in (
            "message/rfc822", "text/rfc822-headers", "message/rfc822-headers",
            "message/delivery-status", "message/global-delivery-status")]
    except Exception:
        return []


def reported_message_ids(message: Message) -> list[str]:
    """The Message-IDs a delivery report is about: those of the returned original."""
    ids: list[str] = []
    for part in _report_parts(message):
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            if isinstance(inner, Message):
                ids += message_ids(header(inner, "Message-ID"))
        elif ctype in ("text/rfc822-headers", "message/rfc822-headers"):
            ids += message_ids(" ".join(re.findall(r"(?im)^message-id:\s*(.*)$",
                                                   _part_text(part))))
    ids += referenced_ids(message)
    return list(dict.fromkeys(ids))


def report_is_failure(message: Message) -> bool:
    """False only for a report that says the delivery is merely delayed (RFC 3464 Action)."""
    actions: list[str] = []
    for part in _report_parts(message):
        if not part.get_content_type().endswith("delivery-status"):
            continue
        payload = part.get_payload()
        # The email package reads a delivery-status body as its header blocks (one for the
        # report, one per recipient): the part's own text is empty then, and the "Action:"
        # fields are in the blocks' text.
        text = "\n".join(str(block) for block in payload) if isinstance(payload, list) \
            else _part_text(part) or str(payload)
        actions += [a.lower() for a in re.findall(r"(?im)^action:\s*(\w+)", text)]
    return not actions or "failed" in actions
