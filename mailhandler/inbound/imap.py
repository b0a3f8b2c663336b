"""The IMAP edge: fetch from an existing mailbox into the same store as SMTP mail.

One thread, one connection. Each session logs in, selects the folder, and sweeps
it: every message is fetched by UID with BODY.PEEK[] (so we never mark anything
read), committed with `Store.accept(..., fetched=(mailbox, uidvalidity, uid))`, and
only after that commit flagged \\Deleted and expunged by UID (or moved to
`processed_folder`). A UID that is already in the store, because we stopped between
the commit and the expunge, is only removed: nothing is lost and nothing is stored
twice. Messages are identified by UIDVALIDITY and UID, never by sequence numbers.

Between sweeps it waits in IDLE when the server offers it (looking at the stop flag
every second, re-issuing IDLE at least every `clamp(poll_seconds, 60 s, 25 min)` as a
safety sweep), else polls every `poll_seconds`. Any socket, IMAP or database error
ends the session; a new one starts after a back-off of 1 s doubling to 5 minutes,
back to 1 s after a session that worked.

Logs carry counts, UIDs and our own mail numbers only: never an address, a subject
or anything else from a mail.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import time
from collections.abc import Callable
from email.message import Message
from email.utils import getaddresses

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from mailhandler.config import Config, ImapInbound
from mailhandler.core.message import parse_headers
from mailhandler.imap_login import connect, log_in
from mailhandler.oauth2 import OAuth2Error
from mailhandler.store import inbox
from mailhandler.store.repository import Envelope, Store

log = logging.getLogger("mailhandler.imap")

BACKOFF_FIRST = 1.0
BACKOFF_MAX = 300.0
READ_TIMEOUT = 60.0
IDLE_CHECK_SECONDS = 1.0  # how long one IDLE wait lasts before the stop flag is looked at
IDLE_REFRESH_MIN = 60.0
IDLE_REFRESH_MAX = 25 * 60.0  # RFC 2177: servers may drop an IDLE after 30 minutes
SWEEP_BATCH = 500  # UIDs looked up in the store at once


# --- the envelope of a fetched mail (pure) ---------------------------------------------------


def _raw_values(message: Message, name: str) -> list[str]:
    """A header's values as they are in the mail (not RFC 2047 decoded), unfolded."""
    wanted = name.lower()
    return [re.sub(r"\r?\n[ \t]+", " ", str(value)).strip()
            for key, value in message.raw_items() if key.lower() == wanted]


def _addresses(values: list[str]) -> list[str]:
    try:
        pairs = getaddresses(values)
    except Exception:
        return []
    found = []
    for _, addr in pairs:
        addr = addr.strip().lower()
        try:
            addr.encode("utf-8")  # undecodable header bytes come as surrogates
        except UnicodeEncodeError:
            continue
        if "@" in addr:
            found.append(addr)
    return found


def imap_envelope(message: Message, cfg: Config) -> Envelope:
    """The SMTP envelope a fetched mail most likely had, from its headers.

    The sender is the final delivery's Return-Path (the topmost one); `<>` there is the
    null sender. A mail without Return-Path falls back to its From address: a missing
    header must not look like a bounce, which would suppress the confirmation.

    The recipients are every address of ours (the helpline and privacy addresses,
    conversation aliases, bounce addresses) named in Delivered-To, X-Original-To, To
    or Cc, in that order, so the router picks among them exactly as it does for an
    SMTP mail with several recipients (a bounce address before an alias before the
    privacy address). None of ours: the mailbox is the helpline's, so its address.
    """
    return_path = _raw_values(message, "Return-Path")
    if return_path and re.fullmatch(r"<\s*>", return_path[0]):
        mail_from = ""
    else:
        found = _addresses(return_path[:1]) or _addresses(_raw_values(message, "From"))
        mail_from = found[0] if found else ""
    rcpts: list[str] = []
    for name in ("Delivered-To", "X-Original-To", "To", "Cc"):
        for address in _addresses(_raw_values(message, name)):
            if cfg.helpline.aliases.names_us(address, cfg.own_addresses) \
                    and address not in rcpts:
                rcpts.append(address)
    return Envelope(mail_from=mail_from, rcpts=tuple(rcpts) or (cfg.helpline.address,))


# --- the fetcher -----------------------------------------------------------------------------


class _StoreFailed(Exception):
    """The database refused a fetched mail; it stays on the server for the next session."""


class ImapFetcher:
    def __init__(self, cfg: Config, store: Store, on_accept: Callable[[], None],
                 stopping: threading.Event) -> None:
        if cfg.imap is None:
            raise ValueError("no [inbound.imap] configured")
        self.cfg = cfg
        self.imap_cfg: ImapInbound = cfg.imap
        self.store = store
        self.on_accept = on_accept
        self.stopping = stopping
        c = cfg.imap
        self.mailbox = f"{c.username}@{c.host}:{c.port}/{c.folder}"
        self._uidvalidity: int | None = None
        self._skipped: set[tuple[int, int]] = set()
        self._healthy = False
        # imapclient logs commands and responses (mail content) at DEBUG: kept at WARNING
        # by logs.setup_logging, and by imap_login.connect before every connection.

    # --- the thread body

    def run(self) -> None:
        delay = BACKOFF_FIRST
        while not self.stopping.is_set():
            self._healthy = False
            try:
                self._session()
            except Exception as exc:
                if self.stopping.is_set():
                    break
                if self._healthy:
                    delay = BACKOFF_FIRST
                log.warning("imap: %s, retrying in %d s", _describe(exc), delay)
                self.stopping.wait(delay)
                delay = min(delay * 2, BACKOFF_MAX)
        log.info("imap: stopped")

    def _session(self) -> None:
        c = self.imap_cfg
        imap = connect(c.host, c.port, c.tls, READ_TIMEOUT)
        try:
            log_in(imap, c.username, c.password, c.oauth2)
            caps = set(imap.capabilities())
            if c.processed_folder and not imap.folder_exists(c.processed_folder):
                imap.create_folder(c.processed_folder)
                log.info("imap: created the processed folder")
            status = imap.select_folder(c.folder)
            uidvalidity = int(status[b"UIDVALIDITY"])
            if self._uidvalidity is not None and uidvalidity != self._uidvalidity:
                log.warning("imap: the folder's UIDVALIDITY changed; its messages are new to us")
            self._uidvalidity = uidvalidity
            idle = b"IDLE" in caps
            log.info("imap: connected, %d message(s) in the folder, %s",
                     int(status.get(b"EXISTS", 0)),
                     "waiting with IDLE" if idle else f"polling every {c.poll_seconds} s")
            while not self.stopping.is_set():
                self._sweep(imap, uidvalidity, caps)
                self._healthy = True
                if self.stopping.is_set():
                    break
                if idle:
                    self._idle(imap)
                else:
                    self.stopping.wait(c.poll_seconds)
            with contextlib.suppress(Exception):
                imap.logout()
        finally:
            with contextlib.suppress(Exception):
                imap.shutdown()

    # --- one pass over the folder

    def _sweep(self, imap: IMAPClient, uidvalidity: int, caps: set[bytes]) -> None:
        uids = sorted(int(u) for u in imap.search(["ALL"]))
        flagged = False
        for start in range(0, len(uids), SWEEP_BATCH):
            batch = uids[start:start + SWEEP_BATCH]
            done = self.store.already_fetched(self.mailbox, uidvalidity, batch)
            # Already flagged by us before a stop: copying it again would duplicate it.
            deleted = {int(u) for u in imap.search(["DELETED"])} if done else set()
            for uid in batch:
                if self.stopping.is_set():
                    break
                if uid in done:
                    log.info("imap: uid %d was stored before, removing it from the server", uid)
                    if uid in deleted:
                        flagged = True
                        continue
                else:
                    raw = self._fetch(imap, uidvalidity, uid)
                    if raw is None:
                        continue
                    self._store(raw, uidvalidity, uid)
                flagged |= self._dispose(imap, uid, caps)
        if flagged:
            self._expunge_all(imap, uidvalidity)

    def _fetch(self, imap: IMAPClient, uidvalidity: int, uid: int) -> bytes | None:
        try:
            data = imap.fetch([uid], ["BODY.PEEK[]"])
        except IMAPClientAbortError:
            raise  # the connection is gone
        except IMAPClientError:
            data = {}  # the server refused this one message (NO/BAD): skip it, keep going
        raw = (data.get(uid) or {}).get(b"BODY[]")
        if raw is None:
            if (uidvalidity, uid) not in self._skipped:
                self._skipped.add((uidvalidity, uid))
                log.warning("imap: uid %d could not be fetched (gone?), skipped", uid)
            return None
        return bytes(raw)

    def _store(self, raw: bytes, uidvalidity: int, uid: int) -> None:
        """Commit one mail with its UID; raises if it must stay on the server for now."""
        envelope = imap_envelope(parse_headers(raw), self.cfg)
        try:
            inbound_id = inbox.accept_fetched(self.store, raw, envelope,
                                              (self.mailbox, uidvalidity, uid))
        except Exception as exc:
            raise _StoreFailed(type(exc).__name__) from exc
        if inbound_id is None:
            # Another daemon on the same database committed this UID first.
            log.info("imap: uid %d was stored by another process", uid)
            return
        log.info("imap: stored mail #%d (uid %d, %d bytes)", inbound_id, uid, len(raw))
        self.on_accept()

    def _dispose(self, imap: IMAPClient, uid: int, caps: set[bytes]) -> bool:
        """Move or delete a stored message; True if it still needs a plain EXPUNGE."""
        processed = self.imap_cfg.processed_folder
        if processed and b"MOVE" in caps:
            imap.move([uid], processed)
            return False
        if processed:
            imap.copy([uid], processed)
        imap.delete_messages([uid], silent=True)
        if b"UIDPLUS" in caps:
            imap.uid_expunge([uid])
            return False
        return True

    def _expunge_all(self, imap: IMAPClient, uidvalidity: int) -> None:
        """Without UIDPLUS, EXPUNGE removes every \\Deleted message: only when all are ours."""
        deleted = [int(u) for u in imap.search(["DELETED"])]
        stored = self.store.already_fetched(self.mailbox, uidvalidity, deleted)
        if set(deleted) <= stored:
            imap.expunge()
        else:
            log.info("imap: %d message(s) flagged deleted by someone else, expunge postponed",
                     len(set(deleted) - stored))

    # --- waiting for new mail

    def _idle(self, imap: IMAPClient) -> None:
        """Wait in IDLE until new mail is announced, the stop flag, or the refresh time."""
        refresh = min(IDLE_REFRESH_MAX, max(IDLE_REFRESH_MIN, float(self.imap_cfg.poll_seconds)))
        imap.idle()
        started = time.monotonic()
        quick_empty = 0
        while not self.stopping.is_set() and time.monotonic() - started < refresh:
            before = time.monotonic()
            responses = imap.idle_check(timeout=IDLE_CHECK_SECONDS)
            if any(r and r[0] == b"BYE" for r in responses):
                raise ConnectionError("server said BYE")
            if any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                break
            # imapclient swallows EOF in idle_check and returns [] at once: a closed
            # connection shows up as empty answers that do not wait for the timeout.
            if responses or time.monotonic() - before >= IDLE_CHECK_SECONDS / 2:
                quick_empty = 0
            else:
                quick_empty += 1
                if quick_empty >= 3:
                    raise ConnectionError("connection closed during IDLE")
        imap.idle_done()


def _describe(exc: Exception) -> str:
    if isinstance(exc, LoginError):
        return "login refused"
    if isinstance(exc, OAuth2Error):
        return str(exc)  # one line, never a token: see mailhandler.oauth2
    if isinstance(exc, _StoreFailed):
        return f"could not store a fetched mail ({exc})"
    return f"connection lost ({type(exc).__name__})"


def imap_thread(cfg: Config, store: Store, on_accept: Callable[[], None],
                stopping: threading.Event) -> threading.Thread:
    """The fetcher's thread, not yet started."""
    fetcher = ImapFetcher(cfg, store, on_accept, stopping)
    return threading.Thread(target=fetcher.run, name="imap")
