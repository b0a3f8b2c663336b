"""The store's core: transactions, keys, accepting mail, conversations' threading, the outbox.

store/ is the only package that imports SQLAlchemy or uses the key vault (the layering
test guards it; the command line's own writes are still being moved in). The queries
of each part live in a module of their own beside this one: inbox (stored mail and its
states), outbox (the delivery queue), conversations and duty, retention (the purge's
and the wipe's deletes), schedule, counts (status), transcripts, mailbox_cleanups,
contacts (the report), opening (putting a Store together). This module is what they
share: it alone knows which columns are encrypted, so callers hand in and get back
plain values. Every method is blocking (the SMTP edge runs them in a thread); a write
is a committed transaction, or a step inside one a caller holds open (an ORM session,
handed on outside store/ as inbox.Transaction, never used there).
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Column, Engine, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, object_session

from mailhandler.core import aliases
from mailhandler.core.big_parts import Spliced
from mailhandler.core.compose import Outgoing
from mailhandler.core.message import is_one_address
from mailhandler.store.db import session_factory, utcnow
from mailhandler.store.models import (
    Alias,
    Conversation,
    EncryptionKey,
    FetchedMessage,
    InboundMail,
    InboundRaw,
    MessageLink,
    OutboxItem,
    OutboxMessage,
    Volunteer,
)
from mailhandler.store.vault import (
    SEALED_MAGIC,
    KeyDestroyed,
    SealedFile,
    Sealer,
    Vault,
    is_sealed,
    sealed_length,
)

log = logging.getLogger(__name__)


def reachable(volunteer: Volunteer) -> bool:
    """Whether mail can be written to this volunteer's stored address (the rule compose
    writes by). One address stored before `volunteer add` checked it would otherwise make
    every forward and notice to the whole team fail; it is skipped instead, and logged by
    id (never the address) so the admin fixes it: volunteer remove, then add again."""
    if is_one_address(volunteer.address):
        return True
    log.error("volunteer %d has an address mail cannot be written to: skipped; "
              "remove and add them again", volunteer.id)
    return False


@dataclass(frozen=True)
class Envelope:
    """The SMTP envelope as received; stored encrypted with the mail, never logged.

    The connecting client's IP and HELO name are what SPF is evaluated against; mail
    fetched by IMAP has neither.
    """

    mail_from: str  # "" is the null sender
    rcpts: tuple[str, ...]
    client_ip: str | None = None
    helo: str | None = None


class _SqliteWriteLock:
    """One writer at a time, across the threads of this process and its processing worker.

    SQLite lets a second writer sleep and poll (1, 2, 5 … 100 ms), which starves short
    transactions (an outbox claim, an intake commit) behind long ones and adds
    latency at random. Queueing on a lock serves them in turn instead: a thread lock
    within the process, and an flock() on a file beside the database between the
    daemon and its worker; both wake the next writer the moment the lock is free.
    """

    def __init__(self, database: str | None) -> None:
        self._threads = threading.RLock()
        self._depth = threading.local()
        self._path = f"{database}.lock" if database and database != ":memory:" else None
        self._fd: int | None = None

    def __enter__(self) -> None:
        self._threads.acquire()
        depth = getattr(self._depth, "n", 0)
        self._depth.n = depth + 1
        if depth == 0 and self._path is not None:
            if self._fd is None:
                self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
            fcntl.flock(self._fd, fcntl.LOCK_EX)

    def __exit__(self, *exc: object) -> None:
        self._depth.n -= 1
        if self._depth.n == 0 and self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        self._threads.release()


# Outgoing mail of this size or more is sealed in chunks into its row (Store.enqueue).
SEAL_IN_PLACE_BYTES = 1024 * 1024
# What a sealed value is written and read in (SQLite's incremental blob I/O).
BLOB_PIECE = 1024 * 1024

# The tables that hold the big sealed values, each a row per mail keyed by its owner's
# id (models.InboundRaw, models.OutboxMessage): their key column and their value column.
INBOUND_RAW = cast(Table, InboundRaw.__table__)
OUTBOX_MESSAGES = cast(Table, OutboxMessage.__table__)


# The live key of a year, built once: every writer asks for it in every transaction
# (write_key), and a statement built per call cost SQLAlchemy eight times the CPU of
# running it (coercing and hashing it anew each time): most of an intake commit's CPU.
_KEYS = cast(Table, EncryptionKey.__table__)
_LIVE_KEY = (select(_KEYS.c.id)
             .where(_KEYS.c.destroyed_at.is_(None),
                    _KEYS.c.id.between(bindparam("first"), bindparam("last")))
             .order_by(_KEYS.c.id.desc()).limit(1))
_LIVE_KEY_HELD = _LIVE_KEY.with_for_update(read=True)
# Intake's two inserts, built once for the same reason (one group commit each).
_INBOUND = cast(Table, InboundMail.__table__)
_INSERT_INBOUND = insert(_INBOUND).returning(_INBOUND.c.id, sort_by_parameter_order=True)
_INSERT_INBOUND_RAW = insert(INBOUND_RAW)


def _columns(table: Table) -> tuple[Column[int], Column[bytes]]:
    key, value = table.c  # the owner's id, then the sealed value
    return key, value


def _then(first: bytes, middle: Iterator[bytes], last: Callable[[], bytes]) -> Iterator[bytes]:
    """`first`, the pieces of `middle`, then what `last()` gives once they are done."""
    yield first
    yield from middle
    yield last()


class NotStored(LookupError):
    """A row's sealed value is not there (its row of inbound_raw or outbox_messages)."""


class Store:
    def __init__(self, engine: Engine, vault: Vault, tz: ZoneInfo) -> None:
        self.engine = engine
        self.vault = vault
        self.tz = tz
        self._sessions = session_factory(engine)
        self._sqlite = engine.dialect.name == "sqlite"
        self._write_lock: AbstractContextManager[object] = (
            _SqliteWriteLock(engine.url.database) if self._sqlite else nullcontext())
        self._intake_key: int | None = None  # what the last accept_many wrote under

    @contextmanager
    def transaction(self, durable: bool = True) -> Iterator[Session]:
        """One transaction, committed at the end of the block.

        durable=False is for bookkeeping that can be redone from what is durable: the
        processing of a stored mail, an outbox claim, a "sent" mark. Its commit is not
        flushed to disk on its own (a process crash keeps it; a power cut may lose it,
        and then the mail is processed or sent again: a duplicate at worst, never a
        loss). What a 250 or an audit promises is always durable.
        """
        # SQLite has one writer at a time and makes the others sleep and poll, which
        # starves short transactions (an outbox claim) behind long ones (processing a
        # mail). Queueing on a lock in the process serves them in turn instead.
        with self._write_lock, self._sessions() as session, session.begin():
            connection = session.connection()
            if self._sqlite:
                # Set before the transaction starts: it applies to its commit.
                connection.exec_driver_sql(
                    f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
                # The write lock now, not at the first write: a transaction that read
                # first and then finds another process (the processing worker, the
                # daemon's intake) wrote meanwhile would fail instead of waiting.
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                if not durable:
                    connection.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
                # Every writer holds the live keys first (see write_key), before any row
                # of its own: the wipe takes the keys first too, and the same order on
                # both sides is what keeps them from deadlocking.
                session.execute(select(EncryptionKey.id)
                                .where(EncryptionKey.destroyed_at.is_(None))
                                .with_for_update(read=True))
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only: no write lock, nothing committed."""
        with self._sessions() as session:
            yield session

    def year(self, at: datetime | None = None) -> int:
        """The helpline's calendar year (its time zone), which picks the encryption key."""
        moment = (at or utcnow()).replace(tzinfo=ZoneInfo("UTC"))
        return moment.astimezone(self.tz).year

    # --- keys: which one new data goes under ---------------------------------------------

    def key_id(self, at: datetime | None = None) -> int:
        """The key new data is encrypted with now, as last recorded.

        For encrypting outside a transaction (a mail before its intake commit); the
        transaction then confirms it with write_key() and re-encrypts in the rare case
        that the wipe started a new generation in between.
        """
        with self.reading() as s:
            key = self._live_key(s, self.year(at), hold=False)
        if key is not None and self.vault.has(key):
            return key
        with self.transaction() as s:  # a new period starts, or the key is missing (raises)
            return self.write_key(s, at)

    def newest_key(self, at: datetime | None = None, s: Session | None = None) -> int:
        """The key this year's data goes under, as recorded, without making one: a clean-up
        must not start a period. With none recorded, the number the period's first key
        will have (nothing newer can exist). Read in `s` when given (a snapshot's own
        session: no second connection for it)."""
        year = self.year(at)
        if s is not None:
            key = self._live_key(s, year, hold=False)
        else:
            with self.reading() as own:
                key = self._live_key(own, year, hold=False)
        return key if key is not None else year * 100

    def write_key(self, s: Session, at: datetime | None = None) -> int:
        """The key what this transaction writes goes under, held until it commits.

        Held FOR SHARE (PostgreSQL; SQLite has one writer at a time anyway): the wipe
        takes the key FOR UPDATE before it re-keys what is still in flight and destroys
        the rest, so it waits for every transaction writing under that key, and nothing
        committed after its look can end up under a destroyed key.
        A key is made here only when none is recorded for the year: a new period. A
        recorded key that cannot be read is never replaced: KeyMissing.
        """
        cached = s.info.get("write_key")
        if cached is not None:
            return int(cached)
        year = self.year(at)
        key = self._live_key(s, year, hold=True)
        if key is None:
            key = self._start_period(s, year)
        self.vault.require(key, s.connection())
        s.info["write_key"] = key
        return key

    def _live_key(self, s: Session, year: int, hold: bool) -> int | None:
        query = _LIVE_KEY_HELD if hold and not self._sqlite else _LIVE_KEY
        return s.connection().scalar(query, {"first": year * 100, "last": year * 100 + 99})

    def _start_period(self, s: Session, year: int) -> int:
        """Make and record the year's next key (its first, or a new generation); its id."""
        newest = s.scalar(select(func.max(EncryptionKey.id))
                          .where(EncryptionKey.id.between(year * 100, year * 100 + 99)))
        key = year * 100 if newest is None else newest + 1
        try:
            with s.begin_nested():
                s.add(EncryptionKey(id=key, created_at=utcnow(),
                                    wrapped=self.vault.make_wrapped(key)))
        except IntegrityError:  # another host or process started the period first
            found = self._live_key(s, year, hold=True)
            if found is None:
                raise
            key = found
        return key

    def new_generation(self) -> int:
        """Start a new key generation for this year (the wipe's first step); its id.

        Waits for the transactions writing under the current keys (they hold them),
        so that once this commits every new write goes under the new key.
        """
        with self.transaction() as s:
            self.lock_live_keys(s)
            return self._start_period(s, self.year())

    def _recorded_live(self, key_id: int) -> bool:
        with self.reading() as s:
            return s.scalar(select(EncryptionKey.id).where(
                EncryptionKey.id == key_id, EncryptionKey.destroyed_at.is_(None))) is not None

    def lock_live_keys(self, s: Session) -> list[int]:
        """Every key not destroyed, locked FOR UPDATE: waits for the writers that hold one."""
        return list(s.scalars(select(EncryptionKey.id)
                              .where(EncryptionKey.destroyed_at.is_(None))
                              .order_by(EncryptionKey.id).with_for_update()))

    def mark_destroyed(self, s: Session, key_ids: list[int]) -> None:
        """Record the keys as destroyed and overwrite them, for every host at once."""
        if key_ids:
            s.execute(update(EncryptionKey).where(EncryptionKey.id.in_(key_ids))
                      .values(destroyed_at=utcnow(), wrapped=None))

    def rekey_in_flight(self, s: Session, survivor: int) -> int:
        """Move the work still in flight under the `survivor` key, so the wipe keeps it.

        A mail that got its 250 but is not yet confirmed and forwarded, and a mail of
        ours not yet delivered, are not last year's transcripts: they are this moment's
        work, and the wipe must not lose them. They (and the conversations they belong
        to, with their threading ids) are re-encrypted under the new key; everything
        else under the old keys is then deleted and the old keys destroyed. Returns how
        many rows moved. What cannot be read any more (its key is already gone) stays
        where it is and goes with the rest.
        """
        moved = 0
        reencrypt = self._reencrypt(survivor)
        in_flight_inbound = (InboundMail.status.in_(("new", "forwarding")))
        in_flight_outbox = (OutboxItem.status == "pending")
        # Whatever key their mails are under: a forward composed after the new generation
        # started still belongs to a conversation recorded under the old key.
        conversations = {conv_id for conv_id in s.scalars(
            select(InboundMail.conversation_id).where(in_flight_inbound)
            .union(select(OutboxItem.conversation_id).where(in_flight_outbox)))
            if conv_id is not None}
        for item in s.scalars(select(InboundMail).where(
                InboundMail.key_id != survivor, in_flight_inbound)):
            try:
                envelope_enc = reencrypt(item.key_id, item.envelope_enc)
                self._reseal(s, INBOUND_RAW, item.id, item.key_id, survivor)
            except KeyDestroyed:
                continue
            item.envelope_enc = envelope_enc
            item.key_id = survivor
            moved += 1
        for out in s.scalars(select(OutboxItem).where(
                OutboxItem.key_id != survivor, in_flight_outbox)):
            try:
                rcpt_enc = reencrypt(out.key_id, out.rcpt_enc)
                self._reseal(s, OUTBOX_MESSAGES, out.id, out.key_id, survivor)
            except KeyDestroyed:
                continue
            out.rcpt_enc = rcpt_enc
            out.key_id = survivor
            moved += 1
        for conv in s.scalars(select(Conversation).where(
                Conversation.id.in_(conversations), Conversation.key_id != survivor)):
            try:
                address = self.seeker_address(conv)
            except KeyDestroyed:
                continue
            conv.seeker_enc = self.vault.encrypt_text(survivor, address)
            conv.seeker_hash = self.seeker_hash(survivor, address)
            conv.key_id = survivor
            moved += 1
            for link in s.scalars(select(MessageLink).where(
                    MessageLink.conversation_id == conv.id, MessageLink.key_id != survivor)):
                if link.their_message_id_enc is not None:
                    try:
                        link.their_message_id_enc = reencrypt(link.key_id,
                                                              link.their_message_id_enc)
                    except KeyDestroyed:
                        link.their_message_id_enc = None
                link.key_id = survivor
        return moved

    def _reencrypt(self, survivor: int) -> Callable[[int, bytes], bytes]:
        encrypt = self.vault.encryptor(survivor)
        return lambda key_id, blob: encrypt(self.vault.decrypt(key_id, blob))

    def _reseal(self, s: Session, table: Table, row_id: int, key_id: int, survivor: int) -> None:
        """A sealed value of `table` sealed again under `survivor` (KeyDestroyed when its
        key is gone, nothing written then); a row without one stays without."""
        plain = self._read_value(s, table, row_id, key_id)
        if plain is None:
            return
        key_column, _ = _columns(table)
        s.execute(delete(table).where(key_column == row_id))
        self._insert_value(s, table, row_id, survivor, plain)

    # --- in: accepting mail --------------------------------------------------------------

    def accept(self, raw: bytes, envelope: Envelope, source: str,
               fetched: tuple[str, int, int] | None = None) -> int:
        """Commit a received mail. Returns only once it is on disk; the 250 comes after.

        `fetched` is (mailbox, uidvalidity, uid) for mail taken from an IMAP mailbox,
        recorded in the same transaction.
        """
        if fetched is None:
            return self.accept_many([(raw, envelope, source)])[0]
        with self.transaction() as s:
            now = utcnow()
            key = self.write_key(s, now)
            # The mail is sealed into its row below: a big one in chunks, as a spooled one.
            row, _ = self._inbound_row(raw, envelope, source, now, key,
                                       self.vault.encryptor(key), seal=False)
            item = InboundMail(**row)
            s.add(item)
            s.flush()
            self._insert_value(s, INBOUND_RAW, item.id, key, raw)
            mailbox, uidvalidity, uid = fetched
            s.add(FetchedMessage(mailbox=mailbox, uidvalidity=uidvalidity, uid=uid,
                                 inbound_id=item.id, fetched_at=item.received_at))
            return item.id

    def sealer(self) -> tuple[int, Sealer]:
        """A Sealer for a big mail arriving now (intake's spool) and the key it seals
        under; accept_many() takes the SealedFile back."""
        key = self.key_id()
        return key, self.vault.sealer(key)

    def accept_many(self, mails: list[tuple[bytes | SealedFile, Envelope, str]]) -> list[int]:
        """Commit several received mails in one transaction: one disk flush for all.

        Returns their numbers, in order, once they are on disk; if the commit fails,
        none is stored and the exception says so (every client gets its 451). A big mail
        comes sealed in a file (inbound.spool) and is copied into its row as it is.
        """
        now = utcnow()
        # The key the last batch went under: the transaction confirms it (write_key), so
        # asking the database for it before, a query per batch, is needed only once.
        key = self._intake_key
        if key is None or not self.vault.has(key):  # the first batch, or after the wipe
            key = self.key_id(now)
        encrypt = self.vault.encryptor(key)
        version = self.vault.version(key)
        rows = [self._inbound_row(raw, envelope, source, now, key, encrypt)
                for raw, envelope, source in mails]
        with self.transaction() as s:
            held = self.write_key(s, now)
            # The wipe started a new generation since, or (rarer) the key read before was
            # made by a period start that was rolled back: not the key that holds now.
            if held != key or self.vault.version(held) != version:
                encrypt = self.vault.encryptor(held)
                rows = [self._inbound_row(raw, envelope, source, now, held, encrypt)
                        for raw, envelope, source in mails]
            connection = s.connection()
            # One INSERT for the batch (executemany with RETURNING), not one per object;
            # then the mails' own rows, one INSERT for those that came in memory.
            result = connection.execute(_INSERT_INBOUND, [row for row, _ in rows])
            ids = [row[0] for row in result]
            small = [{"inbound_id": inbound_id, "raw_enc": raw_enc}
                     for (_, raw_enc), inbound_id in zip(rows, ids, strict=True)
                     if raw_enc is not None]
            if small:
                connection.execute(_INSERT_INBOUND_RAW, small)
            for (raw, _, _), inbound_id in zip(mails, ids, strict=True):
                if isinstance(raw, SealedFile):
                    self._store_sealed(s, inbound_id, raw, held)
        self._intake_key = held
        return ids

    def _store_sealed(self, s: Session, inbound_id: int, sealed: SealedFile, key: int) -> None:
        """Copy a sealed mail's file into its row of inbound_raw, in the transaction that
        inserted its mail, a megabyte at a time (_insert_blob). A file sealed under a key
        that no longer holds (the wipe started a new generation meanwhile) is sealed again
        on the way, a chunk at a time too."""
        with open(sealed.path, "rb") as source:
            if sealed.key_id == key:
                self._insert_blob(s, INBOUND_RAW, inbound_id, sealed.path.stat().st_size,
                                  iter(lambda: source.read(BLOB_PIECE), b""))
                return
            sealer = self.vault.sealer(key)
            pieces = (sealer.update(plain) for plain in
                      self.vault.unseal_stream(sealed.key_id, source))
            self._insert_blob(s, INBOUND_RAW, inbound_id, sealed_length(sealed.size),
                              _then(sealer.header, pieces, sealer.close))

    # --- the big sealed values, in rows of their own (inbound_raw, outbox_messages) -------

    def _insert_value(self, s: Session, table: Table, row_id: int, key: int,
                      plain: bytes | Spliced) -> None:
        """Seal `plain` under `key` as the row `row_id` of `table`: a big value in chunks,
        straight into its row (never whole as ciphertext), a small one in one piece. A
        Spliced mail (a forward of a big attachment) is sealed as its pieces come: its
        plaintext is never whole either."""
        if isinstance(plain, Spliced):
            self._insert_blob(s, table, row_id, sealed_length(len(plain)),
                              self.vault.seal_stream(key, plain.pieces()))
            return
        if len(plain) >= SEAL_IN_PLACE_BYTES:
            self._insert_blob(s, table, row_id, sealed_length(len(plain)),
                              self.vault.seal_pieces(key, plain, BLOB_PIECE))
            return
        key_column, value_column = _columns(table)
        s.execute(insert(table).values({key_column.name: row_id,
                                        value_column.name: self.vault.encrypt(key, plain)}))

    def _insert_blob(self, s: Session, table: Table, row_id: int, length: int,
                     pieces: Iterator[bytes]) -> None:
        """Insert a sealed value of `length` bytes, handed out in pieces, as row `row_id`.

        SQLite: a blob of the right size, then written piece by piece (incremental blob
        I/O; the row's key is its rowid), so the value is never whole in memory. Other
        databases take it as one value.
        """
        key_column, value_column = _columns(table)
        blobopen = self._blobopen(s)
        if blobopen is None:
            s.execute(insert(table).values({key_column.name: row_id,
                                            value_column.name: b"".join(pieces)}))
            return
        s.execute(insert(table).values({key_column.name: row_id,
                                        value_column.name: func.zeroblob(length)}))
        with blobopen(table.name, value_column.name, row_id) as blob:
            for piece in pieces:
                blob.write(piece)

    def _blobopen(self, s: Session) -> Callable[..., Any] | None:
        """SQLite's incremental blob I/O on the session's connection; None elsewhere."""
        if not self._sqlite:
            return None
        return getattr(s.connection().connection.driver_connection, "blobopen", None)

    def _read_value(self, s: Session, table: Table, row_id: int, key_id: int) -> bytes | None:
        """The plaintext of row `row_id`'s sealed value; None when there is no such row.

        SQLite: read through incremental blob I/O, a chunk at a time, so only the
        plaintext is ever whole in memory (a bytearray; nobody changes it). PostgreSQL:
        the value in one piece (bytea), then decrypted a chunk at a time into its buffer.
        """
        key_column, value_column = _columns(table)
        blobopen = self._blobopen(s)
        if blobopen is None:
            sealed = s.scalar(select(value_column).where(key_column == row_id))
            return None if sealed is None else self.vault.decrypt(key_id, sealed)
        try:
            blob = blobopen(table.name, value_column.name, row_id, readonly=True)
        except sqlite3.OperationalError:  # no such row
            return None
        with blob:
            if not is_sealed(blob.read(len(SEALED_MAGIC))):
                blob.seek(0)
                return self.vault.decrypt(key_id, blob.read())  # one piece: a small one
            blob.seek(0)
            return self.vault.unseal_from(key_id, blob.read, len(blob))

    @staticmethod
    def _inbound_row(raw: bytes | SealedFile, envelope: Envelope, source: str, now: datetime,
                     key: int, encrypt: Callable[[bytes], bytes], seal: bool = True,
                     ) -> tuple[dict[str, object], bytes | None]:
        """The mail's row, and its sealed bytes for inbound_raw (None for a sealed file,
        copied in after the insert: _store_sealed; None when not `seal`)."""
        fields: dict[str, object] = {"mail_from": envelope.mail_from,
                                     "rcpts": list(envelope.rcpts)}
        if envelope.client_ip is not None:
            fields["client_ip"], fields["helo"] = envelope.client_ip, envelope.helo
        env = json.dumps(fields)
        raw_enc, size = (None, raw.size) if isinstance(raw, SealedFile) else \
            (encrypt(raw) if seal else None, len(raw))
        return {"received_at": now, "source": source, "key_id": key,
                "envelope_enc": encrypt(env.encode("utf-8")), "size": size,
                "status": "new", "attempts": 0, "outcome": None,
                "conversation_id": None, "processed_at": None}, raw_enc

    def already_fetched(self, mailbox: str, uidvalidity: int, uids: list[int]) -> set[int]:
        """Which of these UIDs are already stored (so they only need expunging)."""
        if not uids:
            return set()
        with self._sessions() as s:
            rows = s.scalars(select(FetchedMessage.uid).where(
                FetchedMessage.mailbox == mailbox, FetchedMessage.uidvalidity == uidvalidity,
                FetchedMessage.uid.in_(uids)))
            return set(rows)

    def open_inbound(self, item: InboundMail, s: Session | None = None) -> tuple[bytes, Envelope]:
        """A stored mail, decrypted, and its envelope, read in `s` (by default the
        session `item` was read in, or a short read of its own): on SQLite a sealed mail
        is read from its row of inbound_raw a chunk at a time and never whole in memory
        twice."""
        session = s if s is not None else object_session(item)
        if session is None:
            with self.reading() as own:
                return self.open_inbound(item, own)
        try:
            raw = self._read_value(session, INBOUND_RAW, item.id, item.key_id)
            env = json.loads(self.vault.decrypt_text(item.key_id, item.envelope_enc))
        except KeyDestroyed:
            if self._recorded_live(item.key_id):
                # Not destroyed but gone (a slip with rm, a restore from the wrong backup):
                # the mail waits for its key instead of being given up.
                raise self.vault.missing(item.key_id) from None
            raise
        if raw is None:
            raise KeyDestroyed("purged")  # its row of inbound_raw is gone
        return raw, Envelope(env["mail_from"], tuple(env["rcpts"]),
                             env.get("client_ip"), env.get("helo"))

    # --- conversations --------------------------------------------------------------------

    def alias_by_lookup(self, s: Session, lookup: str) -> Alias | None:
        return s.scalars(select(Alias).where(Alias.lookup == lookup)).first()

    def alias_is_live(self, lookup: str) -> bool:
        """Whether mail to this alias is accepted: issued, not revoked, and its volunteer
        (if it has one) still on the team."""
        with self._sessions() as s:
            alias = self.alias_by_lookup(s, lookup)
            if alias is None or alias.revoked_at is not None:
                return False
            if alias.volunteer_id is None:
                return True  # a shared alias of the previous version
            volunteer = s.get(Volunteer, alias.volunteer_id)
            return volunteer is not None and volunteer.active

    def retire_clear_aliases(self, secret: bytes) -> int:
        """Move the shared alias tokens a previous version kept in clear into `aliases`,
        as keyed hashes without a volunteer, and give their conversations a seed instead.

        The aliases in volunteers' mailboxes keep working (for the whole team, as they
        did) until the conversation is purged; the database stops holding them. Runs at
        every start, and does nothing once there is nothing left to move.
        """
        with self._sessions() as s:
            legacy = [c for c in s.scalars(select(Conversation.token).where(
                func.length(Conversation.token) == 20)) if c and aliases.is_legacy_token(c)]
        if not legacy:
            return 0
        with self.transaction() as s:
            convs = list(s.scalars(select(Conversation).where(Conversation.token.in_(legacy))))
            for conv in convs:
                assert conv.token is not None
                s.add(Alias(conversation_id=conv.id, volunteer_id=None, generation=0,
                            lookup=aliases.token_lookup(secret, conv.token),
                            created_at=utcnow()))
                conv.token = aliases.new_alias_seed()
            return len(convs)

    def seeker_address(self, conv: Conversation) -> str:
        return self.vault.decrypt_text(conv.key_id, conv.seeker_enc)

    def seeker_hash(self, key_id: int, address: str) -> str:
        return self.vault.keyed_hash(key_id, "seeker", address.lower())

    def conversation_of_reply(self, s: Session, referenced: list[str], side: str,
                              ) -> tuple[Conversation, MessageLink] | None:
        """The conversation one of our Message-IDs (sent to `side`) belongs to."""
        for message_id in referenced:
            link = s.scalars(select(MessageLink).where(
                MessageLink.our_message_id == message_id, MessageLink.side == side)).first()
            if link is not None:
                conv = s.get(Conversation, link.conversation_id)
                if conv is not None:
                    return conv, link
        return None

    def link(self, s: Session, conv: Conversation, our_message_id: str, side: str,
             volunteer_id: int | None = None, their_message_id: str | None = None) -> None:
        key = self.write_key(s)
        s.add(MessageLink(
            conversation_id=conv.id, our_message_id=our_message_id, side=side,
            volunteer_id=volunteer_id, key_id=key, created_at=utcnow(),
            their_message_id_enc=(self.vault.encrypt_text(key, their_message_id)
                                  if their_message_id else None),
        ))

    def their_message_id(self, link: MessageLink) -> str | None:
        if link.their_message_id_enc is None:
            return None
        try:
            return self.vault.decrypt_text(link.key_id, link.their_message_id_enc)
        except KeyDestroyed:
            return None

    def links(self, s: Session, conv: Conversation, side: str,
              volunteer_id: int | None = None) -> list[MessageLink]:
        query = select(MessageLink).where(
            MessageLink.conversation_id == conv.id, MessageLink.side == side)
        if volunteer_id is not None:
            query = query.where(MessageLink.volunteer_id == volunteer_id)
        return list(s.scalars(query.order_by(MessageLink.id)))

    # --- volunteers -----------------------------------------------------------------------

    def volunteer_by_address(self, s: Session, address: str) -> Volunteer | None:
        return s.scalars(select(Volunteer).where(
            Volunteer.address == address.lower(), Volunteer.active.is_(True))).first()

    def volunteers(self, s: Session, coordinators_only: bool = False) -> list[Volunteer]:
        query = select(Volunteer).where(Volunteer.active.is_(True))
        if coordinators_only:
            query = query.where(Volunteer.coordinator.is_(True))
        return [v for v in s.scalars(query.order_by(Volunteer.id)) if reachable(v)]

    # --- out: the outbox ------------------------------------------------------------------

    def enqueue(self, s: Session, mail: Outgoing, conversation_id: int | None) -> None:
        """Queue a mail to send, in the caller's transaction: the item's row, and the mail
        in its row of outbox_messages (a big one sealed into it a chunk at a time:
        neither its ciphertext nor the driver's copy of it is whole in memory)."""
        now = utcnow()
        key = self.write_key(s, now)
        item_id = s.execute(insert(OutboxItem).returning(OutboxItem.id), {
            "created_at": now, "kind": mail.kind, "conversation_id": conversation_id,
            "key_id": key, "message_id": mail.message_id, "mail_from": mail.mail_from,
            "rcpt_enc": self.vault.encrypt_text(key, mail.rcpt), "status": "pending",
            "attempts": 0, "next_attempt_at": now}).scalar_one()
        self._insert_value(s, OUTBOX_MESSAGES, item_id, key, mail.data)

    def outgoing_message(self, s: Session, item: OutboxItem) -> bytes:
        """An outbox item's mail, decrypted (KeyDestroyed/KeyMissing if its key is gone,
        NotStored if its mail is), read in `s` as open_inbound reads a stored mail."""
        data = self._read_value(s, OUTBOX_MESSAGES, item.id, item.key_id)
        if data is None:
            raise NotStored(f"outbox #{item.id}")
        return data

    def outbox_item(self, s: Session, message_id: str) -> OutboxItem | None:
        return s.scalars(select(OutboxItem).where(OutboxItem.message_id == message_id)).first()

    def bounce_address_exists(self, message_id: str) -> bool:
        with self._sessions() as s:
            return self.outbox_item(s, message_id) is not None
