"""The outbound delivery edge: hand one message for one recipient to a smarthost or a maildir.

Everything above this module decides *what* to send; this module only answers "did the
next hop take responsibility for it?". `deliver()` returns only once that is certain
(250 after DATA, or the file durably in new/), so the caller may mark the item sent.

Failures are reported as `DeliveryError`, whose text is safe to log: the people writing
to the helpline are anonymous, and a server reply such as "550 <someone@x> unknown"
would put their address into a log file. So the text holds only the SMTP code and a
fixed phrase, and the original exception is never chained onto it.
"""

from __future__ import annotations

import os
import re
import secrets
import smtplib
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from mailhandler.config import Outbound
from mailhandler.oauth2 import OAuth2Error, tokens_for, xoauth2

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer as Buffer  # bytes, a bytearray, a memoryview

# Control characters, space and angle brackets in an envelope address would let a caller
# inject SMTP commands or header lines; no address we ever need to reach contains them.
_BAD_ADDRESS = re.compile(r"[\x00-\x20\x7f<>]")


# What DATA sends at a time: a big mail goes out a piece at a time (_on_the_wire).
WIRE_PIECE = 256 * 1024
_LINE_END = re.compile(rb"\r\n|\r|\n")
_DOT_AFTER_LINE_END = re.compile(rb"\n\.")


class Parts:
    """A mail in parts, sent one after the other as if joined (a head of header lines
    put before a composed mail: no whole copy made to join them). len() is its size,
    which smtplib announces in MAIL FROM's SIZE parameter."""

    def __init__(self, *parts: Buffer) -> None:
        self.parts = [memoryview(part) for part in parts]

    def __len__(self) -> int:
        return sum(part.nbytes for part in self.parts)

    def pieces(self, size: int) -> Iterator[memoryview]:
        for part in self.parts:
            for start in range(0, part.nbytes, size):
                yield part[start:start + size]


def _on_the_wire(message: Buffer | Parts) -> Iterator[bytes]:
    """`message` as DATA sends it, a piece at a time: every line ending CRLF (bare LF or
    CR on the wire is refused by strict servers: the SMTP smuggling defence), a line
    that begins with a dot doubled (RFC 5321 4.5.2), ending in CRLF. What smtplib's
    data() sends after a re.sub of the line endings, byte for byte, without the four
    whole copies of a 25 MiB mail that made (tests/test_transport)."""
    parts = message if isinstance(message, Parts) else Parts(message)
    held = b""  # a CR at the end of a piece: its LF may begin the next one
    at_line_start = True
    last = b""
    for view in parts.pieces(WIRE_PIECE):
        piece = held + bytes(view)
        held = b""
        if piece.endswith(b"\r"):
            piece, held = piece[:-1], b"\r"
        piece = _DOT_AFTER_LINE_END.sub(b"\n..", _LINE_END.sub(b"\r\n", piece))
        if at_line_start and piece.startswith(b"."):
            piece = b"." + piece
        if piece:
            at_line_start = piece.endswith(b"\n")
            last = piece[-2:]
            yield piece
    if held:  # the mail's last byte was a lone CR
        last = b"\r\n"
        yield b"\r\n"
    if last != b"\r\n":
        yield b"\r\n"


class _StreamedData:
    """smtplib's SMTP with a DATA that sends the mail a piece at a time (_on_the_wire)
    instead of making whole copies of it; everything else is smtplib's own."""

    def data(self, msg: Buffer | Parts | str) -> tuple[int, bytes]:
        smtp: smtplib.SMTP = self  # type: ignore[assignment]
        if isinstance(msg, str):  # not ours (we hand in bytes); as smtplib would send it
            msg = msg.encode("ascii")
        smtp.putcmd("data")
        code, reply = smtp.getreply()
        if code != 354:
            raise smtplib.SMTPDataError(code, reply)
        for piece in _on_the_wire(msg):
            smtp.send(piece)
        smtp.send(b".\r\n")
        return smtp.getreply()


class _SMTP(_StreamedData, smtplib.SMTP):
    pass


class _SMTP_SSL(_StreamedData, smtplib.SMTP_SSL):
    pass


class DeliveryError(Exception):
    """A failed delivery; str() carries no personal data, only a code and a fixed phrase.

    `permanent` tells the queue whether retrying can help: True only when the server
    refused this particular message (5xx to MAIL, RCPT or DATA), or it can never be sent.
    """

    def __init__(self, reason: str, *, permanent: bool, code: int | None = None) -> None:
        self.permanent = permanent
        self.code = code
        super().__init__(f"smtp {code} {reason}" if code is not None else reason)

    @property
    def about_message(self) -> bool:
        """The server refused this message (not: it was unreachable, busy or closing)."""
        return is_about_message(str(self))


_MESSAGE_STAGE = re.compile(r"smtp (\d{3}) \w+ failure at (?:rcpt|mail|data)")


def is_about_message(error: str) -> bool:
    """Whether a recorded error (DeliveryError's text) was about the message itself.

    A 4xx at RCPT, MAIL or DATA (mailbox busy, greylisting) waits out its backoff even
    when other mail goes through; a refused or timed-out connection, or 421 ("closing
    down") at any stage, was the server's state, which ends when a delivery succeeds.
    """
    match = _MESSAGE_STAGE.fullmatch(error)
    return match is not None and match.group(1) != "421"


class Transport(Protocol):
    def deliver(self, mail_from: str, rcpt: str, message: bytes) -> None:
        """Deliver `message` to one `rcpt`; "" as `mail_from` is the null sender <>.

        Returns once the next hop has durably taken the message; raises DeliveryError.
        """
        ...

    def close(self) -> None:
        """Let go of whatever is kept open between deliveries (the queue is empty)."""
        ...


def _check_envelope(mail_from: str, rcpt: str) -> None:
    """Refuse addresses that could inject commands or headers; retrying will not fix them."""
    if not rcpt or _BAD_ADDRESS.search(rcpt) or _BAD_ADDRESS.search(mail_from):
        raise DeliveryError("invalid envelope address", permanent=True)


def _code_error(code: int, stage: str, item_specific: bool) -> DeliveryError:
    """Map an SMTP answer to an error; only a 5xx about this very message is permanent.

    A 5xx at connect, EHLO, STARTTLS or AUTH is the server's or our configuration's
    fault: marking the item permanent would silently drop every queued mail.
    """
    permanent = item_specific and 500 <= code < 600
    kind = "permanent" if permanent else "temporary"
    return DeliveryError(f"{kind} failure at {stage}", permanent=permanent,
                         code=code if 100 <= code < 600 else None)


def _classify(exc: Exception) -> DeliveryError:
    """Translate smtplib/socket exceptions without copying their text (it may echo addresses)."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code = next(iter(exc.recipients.values()), (-1, b""))[0]
        return _code_error(code, "rcpt", item_specific=True)
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return _code_error(exc.smtp_code, "mail", item_specific=True)
    if isinstance(exc, smtplib.SMTPDataError):
        return _code_error(exc.smtp_code, "data", item_specific=True)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return _code_error(exc.smtp_code, "auth", item_specific=False)
    if isinstance(exc, smtplib.SMTPResponseException):
        return _code_error(exc.smtp_code, "session", item_specific=False)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return DeliveryError("extension not offered", permanent=False)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        # smtplib turns a read timeout into "disconnected"; the context tells them apart.
        timed_out = isinstance(exc.__context__, TimeoutError)
        return DeliveryError("timeout" if timed_out else "connection lost", permanent=False)
    if isinstance(exc, smtplib.SMTPException):
        return DeliveryError("smtp failure", permanent=False)
    if isinstance(exc, ConnectionRefusedError):
        return DeliveryError("connection refused", permanent=False)
    if isinstance(exc, TimeoutError):
        return DeliveryError("timeout", permanent=False)
    if isinstance(exc, ssl.SSLError):
        return DeliveryError("tls failure", permanent=False)
    if isinstance(exc, OAuth2Error):
        # The mail is fine: the login is not. Retried, and the admin sees why.
        return DeliveryError("oauth2 token not available", permanent=False)
    return DeliveryError("connection failed", permanent=False)


def _close(smtp: smtplib.SMTP) -> None:
    """Say QUIT, then drop the socket; errors here must not turn a success into a failure."""
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        pass
    finally:
        smtp.close()


def smtp_login(smtp: smtplib.SMTP, cfg: Outbound) -> None:
    """The one way to log in to the smarthost (sender, check-config): nothing without a
    username; the password, or XOAUTH2 with a token for providers that take no passwords."""
    if not cfg.username:
        return
    if cfg.oauth2 is None:
        smtp.login(cfg.username, cfg.password or "")
        return
    tokens = tokens_for(cfg.oauth2)
    response = xoauth2(cfg.username, tokens.token())
    smtp.ehlo_or_helo_if_needed()
    try:
        # A refusal comes as a 334 with an error; the client answers it with an empty line.
        smtp.auth("XOAUTH2", lambda challenge=None: response if challenge is None else "",
                  initial_response_ok=True)
    except smtplib.SMTPAuthenticationError:
        tokens.forget()  # revoked early, or the clock was off: a fresh one next time
        raise


class SmtpTransport:
    """Delivery to a smarthost over SMTP (optionally STARTTLS) or SMTPS, one recipient a call.

    The connection is kept between deliveries, as Postfix caches its connections: a
    new TCP, TLS and AUTH handshake per mail would cost more than the mail. It is
    dropped when the queue runs empty, after an error, or when it has been idle for
    REUSE_SECONDS (the server may have hung up); a delivery that finds a reused
    connection dead is tried once more on a fresh one.
    """

    REUSE_SECONDS = 10.0

    def __init__(self, cfg: Outbound, *, ssl_context: ssl.SSLContext | None = None,
                 local_hostname: str | None = None) -> None:
        # ssl_context exists so tests can trust a self-signed certificate; production keeps
        # full verification. local_hostname is the EHLO name (None: the machine's FQDN).
        self.cfg = cfg
        self.ssl_context = ssl_context or ssl.create_default_context()
        self.local_hostname = local_hostname
        self._smtp: smtplib.SMTP | None = None
        self._last_used = 0.0
        self._lock = threading.Lock()

    def deliver(self, mail_from: str, rcpt: str, message: bytes, head: bytes = b"") -> None:
        """As Transport.deliver; `head` (header lines) is sent before `message`."""
        _check_envelope(mail_from, rcpt)
        whole = Parts(head, message)
        with self._lock:
            try:
                self._deliver(mail_from, rcpt, whole)
                return
            except DeliveryError:
                self.close_unlocked()
                raise
            except (smtplib.SMTPException, OSError, OAuth2Error) as exc:
                error = _classify(exc)
                if not _connection_survives(exc):
                    self._drop()
        # Raised outside the except block so the original (address-bearing) exception is
        # neither the cause nor the context and cannot reach a log through a traceback.
        raise error

    def close(self) -> None:
        with self._lock:
            self.close_unlocked()

    def close_unlocked(self) -> None:
        """QUIT and close: the server is answering, so say goodbye."""
        if self._smtp is not None:
            _close(self._smtp)
            self._smtp = None

    def _drop(self) -> None:
        """Close without a word: the connection is broken or timed out."""
        if self._smtp is not None:
            self._smtp.close()
            self._smtp = None

    def _deliver(self, mail_from: str, rcpt: str, message: Parts) -> None:
        reused = self._smtp is not None and (
            time.monotonic() - self._last_used < self.REUSE_SECONDS)
        if self._smtp is not None and not reused:
            _close(self._smtp)
            self._smtp = None
        try:
            self._send(self._connection(), mail_from, rcpt, message)
        except (smtplib.SMTPServerDisconnected, ConnectionError):
            if not reused:
                raise
            # The server hung up on the idle connection since the last mail: not this
            # mail's fault, and nothing of it was accepted.
            self._drop()
            self._send(self._connection(), mail_from, rcpt, message)
        self._last_used = time.monotonic()

    def _connection(self) -> smtplib.SMTP:
        if self._smtp is not None:
            return self._smtp
        cfg = self.cfg
        smtp: smtplib.SMTP
        if cfg.scheme == "smtps":
            smtp = _SMTP_SSL(cfg.host, cfg.port, local_hostname=self.local_hostname,
                             timeout=cfg.timeout_seconds, context=self.ssl_context)
        else:
            smtp = _SMTP(cfg.host, cfg.port, local_hostname=self.local_hostname,
                         timeout=cfg.timeout_seconds)
        self._smtp = smtp  # from here on, _drop() closes it whatever fails next
        if cfg.scheme != "smtps" and cfg.starttls:
            smtp.ehlo_or_helo_if_needed()
            # Checked here so the failure is named; we never fall back to plain text.
            if not smtp.has_extn("starttls"):
                raise DeliveryError("starttls not offered", permanent=False)
            smtp.starttls(context=self.ssl_context)
        smtp_login(smtp, cfg)
        return smtp

    @staticmethod
    def _send(smtp: smtplib.SMTP, mail_from: str, rcpt: str, message: Parts) -> None:
        options: list[str] = []
        if not (mail_from + rcpt).isascii():
            smtp.ehlo_or_helo_if_needed()
            if not smtp.has_extn("smtputf8"):
                raise DeliveryError("smtputf8 not offered", permanent=True)
            options.append("SMTPUTF8")
        # Line endings and dots are put right on the way out (_StreamedData.data).
        smtp.sendmail(mail_from, [rcpt], message, mail_options=options)  # type: ignore[arg-type]


def _connection_survives(exc: Exception) -> bool:
    """After a refusal the server answered (and smtplib said RSET), the session goes on."""
    return (isinstance(exc, smtplib.SMTPRecipientsRefused | smtplib.SMTPSenderRefused
                       | smtplib.SMTPDataError)
            and getattr(exc, "smtp_code", 0) != 421)


class MaildirTransport:
    """Delivery into a local Maildir, for test setups and helplines without a smarthost."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def close(self) -> None:
        pass  # nothing is kept open

    def deliver(self, mail_from: str, rcpt: str, message: bytes) -> None:
        _check_envelope(mail_from, rcpt)
        try:
            self._write(mail_from, rcpt, message)
        except OSError:
            error = DeliveryError("maildir write failed", permanent=False)
        else:
            return
        raise error

    def _write(self, mail_from: str, rcpt: str, message: bytes) -> None:
        missing = [d for d in ("", "tmp", "new", "cur") if not (self.folder / d).is_dir()]
        for sub in missing:
            (self.folder / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
        if missing:
            _fsync_dir(self.folder)  # so new/ itself survives a crash, not only the file in it
        # Like a local delivery agent: keep the envelope visible, store LF line endings.
        head = f"Return-Path: <{mail_from}>\nDelivered-To: {rcpt}\n".encode()
        body = message.replace(b"\r\n", b"\n")
        name = f"{time.time_ns()}.{os.getpid()}.{secrets.token_hex(8)}"
        tmp = self.folder / "tmp" / name
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(head + body)
                fh.flush()
                os.fsync(fh.fileno())
            # Only a complete, synced file ever appears in new/; a crash leaves it in tmp/.
            os.rename(tmp, self.folder / "new" / name)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        _fsync_dir(self.folder / "new")


def _fsync_dir(path: Path) -> None:
    """Make a directory entry (a rename or mkdir) durable, not just the file contents."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def transport_for(cfg: Outbound, *, local_hostname: str | None = None) -> Transport:
    """The transport the configuration asks for."""
    if cfg.scheme == "maildir":
        if cfg.maildir is None:
            raise ValueError("outbound maildir scheme without a folder")
        return MaildirTransport(cfg.maildir)
    if cfg.scheme in ("smtp", "smtps"):
        return SmtpTransport(cfg, local_hostname=local_hostname)
    raise ValueError(f"unknown outbound scheme {cfg.scheme!r}")
