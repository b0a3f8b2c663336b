"""The SMTP edge: refuse what is not ours at RCPT, store at DATA, answer 250 only once stored.

Following aiosmtpd's handler protocol, only the hooks we need are implemented.
`handle_RCPT` is the relay policy (aiosmtpd has none of its own): the helpline
address, the privacy address and live conversation aliases, nothing else.
`handle_DATA` commits the raw bytes in a worker thread, so the event loop never
blocks on the disk, and answers 250 only after that commit; if the commit fails
the client is told to try again later (451) and keeps its copy. A mail past
spool.SPOOL_THRESHOLD is sealed into a spool file as it arrives (see inbound.spool).
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import MISSING, SMTP, Envelope, Session

from mailhandler.config import Config
from mailhandler.core import aliases
from mailhandler.inbound.limits import ClientLimits, connection_budget
from mailhandler.inbound.spool import SPOOL_THRESHOLD, Spool, remove_leftovers, spool_dir
from mailhandler.store.errors import KeyMissing
from mailhandler.store.repository import Envelope as StoredEnvelope
from mailhandler.store.repository import Store
from mailhandler.store.sealing import SealedFile
from mailhandler.throughput.group_commit import Committer

log = logging.getLogger("mailhandler.smtp")


class _ClockResettingReader:
    """The session's stream reader, restarting the idle timeout as data keeps coming.

    At most once a second: a new timer per line would cost more than the line.
    """

    def __init__(self, reader: asyncio.StreamReader, reset: Callable[[], None]) -> None:
        self._reader = reader
        self._reset = reset
        self._last = time.monotonic()
        reset()

    def _maybe_reset(self) -> None:
        now = time.monotonic()
        if now - self._last >= 1.0:
            self._last = now
            self._reset()

    def arrived(self) -> None:
        """Bytes came from the client: a read may wait for more lines than one piece holds."""
        self._maybe_reset()

    async def readuntil(self, separator: bytes = b"\n") -> bytes:
        self._maybe_reset()
        return await self._reader.readuntil(separator)

    async def read(self, n: int = -1) -> bytes:
        self._maybe_reset()
        return await self._reader.read(n)

    async def readexactly(self, n: int) -> bytes:
        self._maybe_reset()
        return await self._reader.readexactly(n)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reader, name)


_LINE_TOO_LONG = "500 Line too long (see RFC5321 4.5.3.1.6)"
_TOO_MUCH_DATA = "552 Error: Too much mail data"
# RFC 5321 §4.1.1.4: the data ends with a line holding a single dot; only CRLF.CRLF
# (a bare CR or LF around the dot ends nothing: no second mail smuggled behind it).
_END = b"\r\n.\r\n"


class _DataStream:
    """DATA's bytes as they come, up to the end marker, CRLF.CRLF (RFC 5321 §4.1.1.4).

    Whatever has come is taken at once, not a line at a time (a 4 KB mail was sixty
    awaits of the event loop, most of intake's own CPU). The reader finds the marker in
    what it holds. Only the marker's start may already have been taken: a CRLF ending
    the last piece (the data's start counts as one), or a dot after it; then the rest
    of the marker is looked for, and the dot is held back until it is known to be data.
    Only CRLF.CRLF ends the data: a bare CR or LF around the dot is data.
    """

    def __init__(self, reader: _ClockResettingReader) -> None:
        self._reader = reader
        self._tail = b"\r\n"  # the last bytes taken: the data starts where a line does
        self._held = b""  # of them, the dot (and CR) that may be the marker's

    def _marker_begun(self) -> int:
        """How much of the marker the bytes taken last may be the start of."""
        return next((n for n in (4, 3, 2, 1) if self._tail.endswith(_END[:n])), 0)

    async def next(self) -> tuple[bytes, bool]:
        """The next bytes of the data, and whether they were its last (the marker left out)."""
        begun = self._marker_begun()
        try:
            if begun == 2:
                # At the start of a line: its first byte tells whether it may be the dot
                # line (looking for ".\r\n" would stop at every line ending in a stop).
                chunk = await self._reader.readexactly(1)
            else:
                chunk = await self._reader.readuntil(_END[begun:])
        except asyncio.LimitOverrunError as exc:
            # More than the reader's limit before the marker, or no marker yet: what
            # surely is not part of it (the reader keeps what may be its start).
            chunk = await self._reader.read(exc.consumed)
        else:
            if (self._tail + chunk).endswith(_END):
                return (self._held + chunk)[:-3], True  # the last line keeps its CRLF
        self._tail = (self._tail + chunk)[-4:]
        begun = self._marker_begun()
        taken = self._held + chunk
        self._held = _END[2:begun] if begun > 2 else b""
        return taken[:len(taken) - len(self._held)], False


class _DataLines:
    """DATA's lines from pieces of any length: the dot a client doubled at the start of a
    line taken off again (RFC 5321 §4.5.2), and the first limit crossed kept as the
    refusal: a line longer than `line_limit` with its CRLF (§4.5.3.1.6), or more than
    `size_limit` bytes in all. A refused mail is read to its end, and nothing of it kept;
    an over-long line is never gathered, whatever its length."""

    def __init__(self, line_limit: int, size_limit: int | None) -> None:
        self.line_limit = line_limit
        self.size_limit = size_limit
        self.size = 0
        self.refusal: str | None = None
        self._partial = b""  # a line begun whose end has not come yet
        self._in_long_line = False  # the rest of an over-long line: thrown away

    def refuse(self, reply: str) -> None:
        self.refusal = self.refusal or reply  # the first problem wins

    def feed(self, piece: bytes) -> bytes:
        """The lines completed by `piece`, their dots taken off; nothing once refused."""
        self.size += len(piece)
        if self.size_limit and self.size > self.size_limit:
            self.refuse(_TOO_MUCH_DATA)
        text = self._partial + piece
        end = text.rfind(b"\r\n") + 2
        if end == 1:  # no line ends in it
            whole, self._partial = b"", text
        else:
            whole, self._partial = text[:end], text[end:]
        if self._in_long_line and whole:  # the end of the over-long line: dropped
            whole = whole[whole.index(b"\r\n") + 2:]
            self._in_long_line = False
        if len(self._partial) > self.line_limit:  # too long whatever comes
            self.refuse(_LINE_TOO_LONG)
            self._in_long_line = True
            self._partial = b"\r" if self._partial.endswith(b"\r") else b""
        if whole and max(map(len, whole.split(b"\r\n"))) + 2 > self.line_limit:
            self.refuse(_LINE_TOO_LONG)
        if self.refusal is not None:
            return b""
        if whole.startswith(b"."):
            whole = whole[1:]
        return whole.replace(b"\r\n.", b"\r\n")


class HelplineSMTP(SMTP):
    # RFC 5321 §4.5.3.1: text lines of at most 1000 octets with CRLF; commands of 512.
    line_length_limit = 1001
    command_size_limit = 512

    _client: str | None = None
    _refused: str | None = None  # the 421 greeting, when the connection is one too many
    _data_reader: _ClockResettingReader | None = None  # while the bytes of DATA come

    def data_received(self, data: bytes) -> None:
        # RFC 5321 §4.5.3.2: during DATA the idle clock restarts as bytes keep coming,
        # whether or not they complete what the reader waits for.
        if self._data_reader is not None:
            self._data_reader.arrived()
        super().data_received(data)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if self.transport is None:  # not again after STARTTLS: that is the same client
            handler: InboundHandler = self.event_handler
            handler.sessions += 1
            peer = transport.get_extra_info("peername")
            self._client = str(peer[0]) if isinstance(peer, tuple) else "local"
            self._refused = handler.limits.connect(self._client)
        super().connection_made(transport)

    def connection_lost(self, error: Exception | None) -> None:
        if self._client is not None:
            handler: InboundHandler = self.event_handler
            handler.sessions -= 1
            handler.limits.disconnect(self._client)
            self._client = None
        super().connection_lost(error)

    async def smtp_DATA(self, arg: str) -> None:
        """DATA, read into one growing buffer instead of a list of lines, or a spool file.

        aiosmtpd 1.4.6 keeps every line as an object of its own and joins them at the
        end: about four bytes of memory per byte of mail before we see it. One bytearray
        holds a small mail in little more than its size; a big one is sealed into a
        spool file as it comes (inbound.spool), so it is never whole in memory. And it
        is taken as it comes, not a line at a time (_DataStream, _DataLines).
        Everything else is aiosmtpd's own DATA: the same replies and limits, and only
        CRLF.CRLF ends the data (its SMTP smuggling fix). And, RFC 5321 §4.5.3.2, the
        idle clock restarts as data keeps coming, rather than timing the whole transfer
        from the DATA command.
        """
        if await self.check_helo_needed() or await self.check_auth_needed("DATA"):
            return
        assert self.envelope is not None
        if not self.envelope.rcpt_tos:
            await self.push("503 Error: need RCPT command")
            return
        if arg:
            await self.push("501 Syntax: DATA")
            return
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        handler: InboundHandler = self.event_handler
        spool, data, refusal = await self._read_data(handler)
        sealed: SealedFile | None = None
        if spool is not None:
            try:
                sealed = spool.finish()  # the committer removes the file from here on
            except BaseException:
                spool.discard()
                raise
        if refusal is not None:
            await self.push(refusal)
            self._set_post_data_state()
            return
        # Handed on as the bytearray it is (bytes-like; nobody changes it): a bytes copy
        # would double the memory of a big mail for nothing. A big mail is sealed in a
        # file: handle_DATA takes it from `spooled`.
        self.envelope.original_content = data  # type: ignore[assignment]
        self.envelope.content = data  # type: ignore[assignment]
        self.envelope.spooled = sealed  # type: ignore[attr-defined]
        status = await self._call_handler_hook("DATA")
        self._set_post_data_state()
        await self.push("250 OK" if status is MISSING else status)

    async def _read_data(self, handler: InboundHandler) -> tuple[Spool | None, bytearray,
                                                                  str | None]:
        """The data up to CRLF.CRLF: in memory, or past the threshold in a spool; and
        the refusal, if any (the data is read to its end all the same)."""
        reader = self._data_reader = _ClockResettingReader(self._reader, self._reset_timeout)
        stream = _DataStream(reader)
        lines = _DataLines(self.line_length_limit, self.data_size_limit)
        data = bytearray()
        spool: Spool | None = None
        try:
            while self.transport is not None:
                try:
                    piece, last = await stream.next()
                except asyncio.CancelledError:  # the connection went during DATA
                    self._writer.close()
                    raise
                kept = lines.feed(piece)
                if lines.refusal is not None:
                    data.clear()
                elif spool is None and len(data) + len(kept) <= SPOOL_THRESHOLD:
                    data += kept
                else:
                    try:
                        if spool is None:
                            spool = await handler.open_spool()
                            spool.write(data)
                            data = bytearray()
                        spool.write(kept)
                    except Exception as exc:
                        # No key (451 as at the commit) or no room for the file: the sender
                        # keeps the mail and tries again later; the data is read to its end.
                        cause = str(exc) if isinstance(exc, KeyMissing) else type(exc).__name__
                        log.error("could not spool an incoming mail (%s); answered 451", cause)
                        lines.refuse("451 4.3.0 Could not store the message, please try "
                                     "again later")
                        if spool is not None:
                            spool.discard()
                            spool = None
                if last:
                    break
        except BaseException:  # cut off mid-DATA: nothing of it is kept
            if spool is not None:
                spool.discard()
            raise
        finally:
            self._data_reader = None
        if lines.refusal is not None and spool is not None:
            spool.discard()
            spool = None
        return spool, data, lines.refusal

    async def _handle_client(self) -> None:
        if self._refused:
            # RFC 5321 §3.8: a server may refuse a connection with 421 in its greeting.
            await self.push(self._refused)
            if self.transport is not None:
                self.transport.close()
            return
        await super()._handle_client()


class InboundHandler:
    def __init__(self, cfg: Config, store: Store, on_accept: Callable[[], None]) -> None:
        self.cfg = cfg
        self.store = store
        self.sessions = 0  # open client connections, so a stop can let them finish
        self.limits = ClientLimits(cfg.smtp.max_connections_per_client,
                                   cfg.smtp.max_messages_per_sender,
                                   max_connections_in_all=connection_budget())
        self.committer = Committer(store, on_accept)
        self.executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="lookup")
        self.spool_dir = spool_dir(cfg.storage.data_dir)
        remove_leftovers(self.spool_dir)

    async def open_spool(self) -> Spool:
        """A spool file for a big mail, sealed under the key the store writes with now
        (looked up in a thread: it may read the database)."""
        def make() -> Spool:
            key, sealer = self.store.sealer()
            return Spool(self.spool_dir, key, sealer)
        return await asyncio.get_running_loop().run_in_executor(self.executor, make)

    async def handle_MAIL(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, mail_options: list[str]) -> str:
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 OK"

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        if len(envelope.rcpt_tos) >= self.cfg.smtp.max_recipients:
            return "452 4.5.3 Too many recipients"
        if await self._is_ours(address.lower()):
            if address.lower() in self.cfg.own_addresses and not self._counted(envelope, session):
                log.warning("a sender hit the rate limit; answered 451")
                return "451 4.7.1 Too many messages from this sender, try again later"
            envelope.rcpt_tos.append(address.lower())
            return "250 2.1.5 OK"
        return "550 5.1.1 No such recipient here (this server is not a relay)"

    def _counted(self, envelope: Envelope, session: Session) -> bool:
        """Count this mail against its sender's hourly limit, once; False when over it.

        Only mail to the public addresses counts: the envelope sender is anyone's to
        write, and a limit on mail to aliases would let a stranger sending 30 mails "from"
        a volunteer to hulp@ hold that volunteer's real answers back for an hour (tried).
        An alias or bounce address is unguessable, so mail to it needs no such limit."""
        if getattr(envelope, "sender_counted", False):
            return True
        address = envelope.mail_from or ""
        sender = address if address and address != "<>" else f"<>{session.peer}"
        if not self.limits.allow_message(sender):
            return False
        envelope.sender_counted = True  # type: ignore[attr-defined]
        return True

    async def _is_ours(self, address: str) -> bool:
        if address in self.cfg.own_addresses:
            return True
        form = self.cfg.helpline.aliases
        bounce_id = form.message_id_of_bounce(address)
        token = form.token_of(address)
        lookup: Callable[[str], bool]
        if bounce_id is not None:
            lookup, key = self.store.bounce_address_exists, bounce_id
        elif token is not None and aliases.token_is_authentic(self.cfg.helpline.secret, token):
            lookup = self.store.alias_is_live
            key = aliases.token_lookup(self.cfg.helpline.secret, token)
        else:
            return False
        try:
            return await asyncio.get_running_loop().run_in_executor(self.executor, lookup, key)
        except Exception as exc:
            log.error("recipient lookup failed (%s)", type(exc).__name__)
            return False

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        spooled: SealedFile | None = getattr(envelope, "spooled", None)
        raw: bytes | SealedFile = spooled or envelope.original_content or b""
        # aiosmtpd reports the null sender as "<>"; we store it as "".
        mail_from = (envelope.mail_from or "").strip()
        peer = session.peer
        stored = StoredEnvelope(mail_from="" if mail_from == "<>" else mail_from.lower(),
                                rcpts=tuple(envelope.rcpt_tos),
                                # What SPF needs later; encrypted with the envelope.
                                client_ip=str(peer[0]) if isinstance(peer, tuple) else None,
                                helo=session.host_name or None)
        try:
            # The committer removes a spooled mail's file when its transaction is over.
            inbound_id = await self.committer.commit(raw, stored)
        except Exception as exc:
            # Not a 5xx: the sender keeps the mail and tries again, so nothing is lost.
            # A missing key is the admin's to fix: its message names the key and folder.
            cause = str(exc) if isinstance(exc, KeyMissing) else type(exc).__name__
            log.error("could not store an incoming mail (%s); answered 451", cause)
            return "451 4.3.0 Could not store the message, please try again later"
        return f"250 2.0.0 Ok: queued as {inbound_id}"


def tls_context(cfg: Config) -> ssl.SSLContext | None:
    if cfg.smtp.tls_cert is None or cfg.smtp.tls_key is None:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cfg.smtp.tls_cert, cfg.smtp.tls_key)
    return context


GREETING = "ESMTP ready"


class HelplineController(Controller):
    def factory(self) -> SMTP:
        return HelplineSMTP(self.handler, **self.SMTP_kwargs)

    def drain(self, grace_seconds: float) -> None:
        """Stop accepting connections, give open sessions time to finish, then stop.

        A client cut off before its 250 keeps its copy and retries, so nothing is
        lost either way; the grace period spares it the retry.
        """
        if self.server is not None:
            self.loop.call_soon_threadsafe(self.server.close)
        deadline = time.monotonic() + grace_seconds
        while self.handler.sessions > 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        self.stop()
        self.handler.committer.stop()


def smtp_server(cfg: Config, store: Store, on_accept: Callable[[], None]) -> HelplineController:
    """An SMTP server on cfg.smtp.host:port, not yet started."""
    kwargs: dict[str, Any] = {
        "data_size_limit": cfg.smtp.max_message_bytes,
        "enable_SMTPUTF8": True,
        "timeout": cfg.smtp.timeout_seconds,
        # Bounds a session that loops on cheap commands (NOOP, RSET, VRFY...).
        "command_call_limit": 100,
        # aiosmtpd greets with "Python SMTP <version>": telling every scanner which
        # library and release answers only helps who looks for a known flaw in it.
        "ident": GREETING,
    }
    context = tls_context(cfg)
    if context is not None:
        kwargs["tls_context"] = context
    return HelplineController(
        InboundHandler(cfg, store, on_accept),
        hostname=cfg.smtp.host, port=cfg.smtp.port,
        # Explicit, or aiosmtpd calls getfqdn() for every connection.
        server_hostname=cfg.smtp.hostname,
        ready_timeout=10,
        **kwargs,
    )
