"""The store: every read and write the daemon makes, over SQLAlchemy sessions.

It is the only place that knows which columns are encrypted: callers hand in and
get back plain values. Every method is blocking (the SMTP edge runs them in a
thread) and every write is one committed transaction.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, Table, insert, select, update
from sqlalchemy.orm import Session

from mailhandler.core.compose import Outgoing
from mailhandler.core.message import is_one_address
from mailhandler.store.db import session_factory, utcnow
from mailhandler.store.models import (
    ClientConfirmations,
    ConfirmationMemo,
    Conversation,
    FetchedMessage,
    InboundMail,
    MessageLink,
    OutboxItem,
    Volunteer,
)
from mailhandler.store.vault import KeyDestroyed, Vault

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


class Store:
    def __init__(self, engine: Engine, vault: Vault, tz: ZoneInfo) -> None:
        self.engine = engine
        self.vault = vault
        self.tz = tz
        self._sessions = session_factory(engine)
        self._sqlite = engine.dialect.name == "sqlite"
        self._write_lock: AbstractContextManager[object] = (
            _SqliteWriteLock(engine.url.database) if self._sqlite else nullcontext())

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
            elif not durable:
                connection.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
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

    def key_id(self, at: datetime | None = None) -> int:
        """The key new data is encrypted with now."""
        return self.vault.current_key(self.year(at))

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
            key = self.key_id(now)
            item = InboundMail(**self._inbound_row(raw, envelope, source, now, key,
                                                   self.vault.encryptor(key)))
            s.add(item)
            s.flush()
            mailbox, uidvalidity, uid = fetched
            s.add(FetchedMessage(mailbox=mailbox, uidvalidity=uidvalidity, uid=uid,
                                 inbound_id=item.id, fetched_at=item.received_at))
            return item.id

    def accept_many(self, mails: list[tuple[bytes, Envelope, str]]) -> list[int]:
        """Commit several received mails in one transaction: one disk flush for all.

        Returns their numbers, in order, once they are on disk; if the commit fails,
        none is stored and the exception says so (every client gets its 451).
        """
        now = utcnow()
        key = self.key_id(now)
        encrypt = self.vault.encryptor(key)
        rows = [self._inbound_row(raw, envelope, source, now, key, encrypt)
                for raw, envelope, source in mails]
        table = cast(Table, InboundMail.__table__)
        with self.transaction() as s:
            # One INSERT for the batch (executemany with RETURNING), not one per object.
            result = s.connection().execute(
                insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
            ids = [row[0] for row in result]
        return ids

    @staticmethod
    def _inbound_row(raw: bytes, envelope: Envelope, source: str, now: datetime, key: int,
                     encrypt: Callable[[bytes], bytes]) -> dict[str, object]:
        fields: dict[str, object] = {"mail_from": envelope.mail_from,
                                     "rcpts": list(envelope.rcpts)}
        if envelope.client_ip is not None:
            fields["client_ip"], fields["helo"] = envelope.client_ip, envelope.helo
        env = json.dumps(fields)
        return {"received_at": now, "source": source, "key_id": key,
                "envelope_enc": encrypt(env.encode("utf-8")), "raw_enc": encrypt(raw),
                "size": len(raw), "status": "new", "attempts": 0, "outcome": None,
                "conversation_id": None, "processed_at": None}

    def already_fetched(self, mailbox: str, uidvalidity: int, uids: list[int]) -> set[int]:
        """Which of these UIDs are already stored (so they only need expunging)."""
        if not uids:
            return set()
        with self._sessions() as s:
            rows = s.scalars(select(FetchedMessage.uid).where(
                FetchedMessage.mailbox == mailbox, FetchedMessage.uidvalidity == uidvalidity,
                FetchedMessage.uid.in_(uids)))
            return set(rows)

    def pending_inbound(self, limit: int = 100, status: str = "new") -> list[int]:
        with self._sessions() as s:
            rows = s.scalars(
                select(InboundMail.id).where(InboundMail.status == status)
                .order_by(InboundMail.id).limit(limit)
            )
            return list(rows)

    def open_inbound(self, item: InboundMail) -> tuple[bytes, Envelope]:
        if item.raw_enc is None:
            raise KeyDestroyed("purged")
        raw = self.vault.decrypt(item.key_id, item.raw_enc)
        env = json.loads(self.vault.decrypt_text(item.key_id, item.envelope_enc))
        return raw, Envelope(env["mail_from"], tuple(env["rcpts"]),
                             env.get("client_ip"), env.get("helo"))

    # --- conversations --------------------------------------------------------------------

    def conversation_by_token(self, s: Session, token: str) -> Conversation | None:
        return s.scalars(select(Conversation).where(Conversation.token == token)).first()

    def alias_exists(self, token: str) -> bool:
        with self._sessions() as s:
            return self.conversation_by_token(s, token) is not None

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
        key = self.key_id()
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

    def claim_ownership(self, s: Session, conv: Conversation, volunteer_id: int) -> bool:
        """Make `volunteer_id` the owner unless someone already is; True if they own it now.

        A conditional UPDATE, so two volunteers answering at the same moment cannot
        both win, whichever daemon or thread handles their mails.
        """
        s.execute(update(Conversation)
                  .where(Conversation.id == conv.id, Conversation.owner_id.is_(None))
                  .values(owner_id=volunteer_id))
        s.refresh(conv)
        return conv.owner_id == volunteer_id

    # --- volunteers -----------------------------------------------------------------------

    def volunteer_by_address(self, s: Session, address: str) -> Volunteer | None:
        return s.scalars(select(Volunteer).where(
            Volunteer.address == address.lower(), Volunteer.active.is_(True))).first()

    def volunteers(self, s: Session, coordinators_only: bool = False) -> list[Volunteer]:
        query = select(Volunteer).where(Volunteer.active.is_(True))
        if coordinators_only:
            query = query.where(Volunteer.coordinator.is_(True))
        return [v for v in s.scalars(query.order_by(Volunteer.id)) if reachable(v)]

    # --- confirmations --------------------------------------------------------------------

    def may_confirm(self, s: Session, address: str, interval: timedelta, now: datetime) -> bool:
        """Whether this sender had no confirmation within the interval; records this one if so.

        The sender is looked up by a keyed hash under each key still present, so the
        memory survives New Year but not the wipe.
        """
        address = address.lower()
        current = self.key_id(now)
        sender_hash = self.vault.keyed_hash(current, "confirm", address)
        memo = None
        for key in sorted(set(self.vault.recent_key_ids()) | {current}):
            try:
                found = s.get(ConfirmationMemo, self.vault.keyed_hash(key, "confirm", address))
            except KeyDestroyed:
                continue  # wiped a moment ago: nothing it protected can be looked up
            if found is not None and now - found.last_sent_at < interval:
                return False
            if key == current:
                memo = found
        if memo is None:
            s.add(ConfirmationMemo(sender_hash=sender_hash, key_id=current, last_sent_at=now))
        else:
            memo.last_sent_at = now
        return True

    def may_confirm_client(self, s: Session, client_ip: str, per_hour: int,
                           now: datetime) -> bool:
        """Whether mail from this connecting client may cause one more confirmation this
        hour; counts it if so. Forged senders from one client reach few third parties."""
        key = self.key_id(now)
        client_hash = self.vault.keyed_hash(key, "client", client_ip)
        row = s.get(ClientConfirmations, client_hash)
        if row is None:
            s.add(ClientConfirmations(client_hash=client_hash, key_id=key, window_start=now,
                                      count=1))
            return True
        if now - row.window_start >= timedelta(hours=1):
            row.window_start, row.count = now, 1
            return True
        if row.count >= per_hour:
            return False
        row.count += 1
        return True

    # --- out: the outbox ------------------------------------------------------------------

    def enqueue(self, s: Session, mail: Outgoing, conversation_id: int | None) -> None:
        now = utcnow()
        key = self.key_id(now)
        s.add(OutboxItem(
            created_at=now, kind=mail.kind, conversation_id=conversation_id, key_id=key,
            message_id=mail.message_id,
            mail_from=mail.mail_from, rcpt_enc=self.vault.encrypt_text(key, mail.rcpt),
            message_enc=self.vault.encrypt(key, mail.data), status="pending", attempts=0,
            next_attempt_at=now,
        ))

    def outbox_item(self, s: Session, message_id: str) -> OutboxItem | None:
        return s.scalars(select(OutboxItem).where(OutboxItem.message_id == message_id)).first()

    def bounce_address_exists(self, message_id: str) -> bool:
        with self._sessions() as s:
            return self.outbox_item(s, message_id) is not None
