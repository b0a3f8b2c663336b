"""The store: every read and write the daemon makes, over SQLAlchemy sessions.

It is the only place that knows which columns are encrypted: callers hand in and
get back plain values. Every method is blocking (the SMTP edge runs them in a
thread) and every write is one committed transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from mailhandler.core.compose import Outgoing
from mailhandler.store.db import session_factory, utcnow
from mailhandler.store.models import (
    ConfirmationMemo,
    Conversation,
    EventRecord,
    InboundMail,
    MessageLink,
    OutboxItem,
    Volunteer,
)
from mailhandler.store.vault import KeyDestroyed, Vault


@dataclass(frozen=True)
class Envelope:
    mail_from: str  # "" is the null sender
    rcpts: tuple[str, ...]


class Store:
    def __init__(self, engine: Engine, vault: Vault, tz: ZoneInfo) -> None:
        self.engine = engine
        self.vault = vault
        self.tz = tz
        self._sessions = session_factory(engine)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    def year(self, at: datetime | None = None) -> int:
        """The helpline's calendar year (its time zone), which picks the encryption key."""
        moment = (at or utcnow()).replace(tzinfo=ZoneInfo("UTC"))
        return moment.astimezone(self.tz).year

    # --- in: accepting mail --------------------------------------------------------------

    def accept(self, raw: bytes, envelope: Envelope, source: str) -> int:
        """Commit a received mail. Returns only once it is on disk; the 250 comes after."""
        now = utcnow()
        year = self.year(now)
        env = json.dumps({"mail_from": envelope.mail_from, "rcpts": list(envelope.rcpts)})
        with self.transaction() as s:
            item = InboundMail(
                received_at=now, source=source, key_year=year,
                envelope_enc=self.vault.encrypt_text(year, env),
                raw_enc=self.vault.encrypt(year, raw), size=len(raw), status="new", attempts=0,
            )
            s.add(item)
            s.flush()
            return item.id

    def pending_inbound(self, limit: int = 100) -> list[int]:
        with self._sessions() as s:
            rows = s.scalars(
                select(InboundMail.id).where(InboundMail.status == "new")
                .order_by(InboundMail.id).limit(limit)
            )
            return list(rows)

    def open_inbound(self, item: InboundMail) -> tuple[bytes, Envelope]:
        if item.raw_enc is None:
            raise KeyDestroyed("purged")
        raw = self.vault.decrypt(item.key_year, item.raw_enc)
        env = json.loads(self.vault.decrypt_text(item.key_year, item.envelope_enc))
        return raw, Envelope(env["mail_from"], tuple(env["rcpts"]))

    # --- conversations --------------------------------------------------------------------

    def conversation_by_token(self, s: Session, token: str) -> Conversation | None:
        return s.scalars(select(Conversation).where(Conversation.token == token)).first()

    def alias_exists(self, token: str) -> bool:
        with self._sessions() as s:
            return self.conversation_by_token(s, token) is not None

    def seeker_address(self, conv: Conversation) -> str:
        return self.vault.decrypt_text(conv.key_year, conv.seeker_enc)

    def seeker_hash(self, year: int, address: str) -> str:
        return self.vault.keyed_hash(year, "seeker", address.lower())

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
        year = self.year()
        s.add(MessageLink(
            conversation_id=conv.id, our_message_id=our_message_id, side=side,
            volunteer_id=volunteer_id, key_year=year, created_at=utcnow(),
            their_message_id_enc=(self.vault.encrypt_text(year, their_message_id)
                                  if their_message_id else None),
        ))

    def their_message_id(self, link: MessageLink) -> str | None:
        if link.their_message_id_enc is None:
            return None
        try:
            return self.vault.decrypt_text(link.key_year, link.their_message_id_enc)
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
        return list(s.scalars(query.order_by(Volunteer.id)))

    # --- confirmations --------------------------------------------------------------------

    def may_confirm(self, s: Session, address: str, interval: timedelta, now: datetime) -> bool:
        """Whether this sender had no confirmation within the interval; records this one if so.

        The sender is looked up by a keyed hash under each year's key still present,
        so the memory survives New Year but not the wipe.
        """
        address = address.lower()
        current = self.year(now)
        years = sorted(set(self.vault.years()) | {current})
        for year in years:
            memo = s.get(ConfirmationMemo, self.vault.keyed_hash(year, "confirm", address))
            if memo is not None and now - memo.last_sent_at < interval:
                return False
        key = self.vault.keyed_hash(current, "confirm", address)
        memo = s.get(ConfirmationMemo, key)
        if memo is None:
            s.add(ConfirmationMemo(sender_hash=key, key_year=current, last_sent_at=now))
        else:
            memo.last_sent_at = now
        return True

    # --- out: the outbox ------------------------------------------------------------------

    def enqueue(self, s: Session, mail: Outgoing, conversation_id: int | None) -> None:
        now = utcnow()
        year = self.year(now)
        s.add(OutboxItem(
            created_at=now, kind=mail.kind, conversation_id=conversation_id, key_year=year,
            message_id=mail.message_id,
            mail_from=mail.mail_from, rcpt_enc=self.vault.encrypt_text(year, mail.rcpt),
            message_enc=self.vault.encrypt(year, mail.data), status="pending", attempts=0,
            next_attempt_at=now,
        ))

    def outbox_item(self, s: Session, message_id: str) -> OutboxItem | None:
        return s.scalars(select(OutboxItem).where(OutboxItem.message_id == message_id)).first()

    def bounce_address_exists(self, message_id: str) -> bool:
        with self._sessions() as s:
            return self.outbox_item(s, message_id) is not None

    def record(self, s: Session, kind: str, detail: str = "") -> None:
        s.add(EventRecord(at=utcnow(), kind=kind, detail=detail))
