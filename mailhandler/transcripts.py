"""What coordinators may read: stored conversations and quarantined mail, within retention.

Reading happens on the server, through the `mailhandler transcript` and
`mailhandler quarantine` commands; there is no other way in. Everything shown
here disappears with the purge and the wipe, because it is read from the same
encrypted rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from mailhandler.core.message import addresses, body_text, header, parse
from mailhandler.store.models import Conversation, InboundMail, OutboxItem, Volunteer
from mailhandler.store.repository import Store
from mailhandler.store.vault import KeyDestroyed


@dataclass(frozen=True)
class ConversationLine:
    pseudonym: str
    kind: str
    started: datetime
    last_activity: datetime
    received: int
    sent: int
    owner: str | None


@dataclass(frozen=True)
class Entry:
    at: datetime
    direction: str  # "in" or "out"
    kind: str
    headline: str
    text: str


def conversations(store: Store) -> list[ConversationLine]:
    with store.transaction() as s:
        received = dict(s.execute(select(InboundMail.conversation_id, func.count())
                                  .group_by(InboundMail.conversation_id)).all())
        sent = dict(s.execute(select(OutboxItem.conversation_id, func.count())
                              .group_by(OutboxItem.conversation_id)).all())
        rows = s.execute(select(Conversation, Volunteer.nickname)
                         .outerjoin(Volunteer, Volunteer.id == Conversation.owner_id)
                         .order_by(Conversation.last_activity_at.desc())).all()
        return [ConversationLine(c.pseudonym, c.kind, c.created_at, c.last_activity_at,
                                 received.get(c.id, 0), sent.get(c.id, 0), nickname)
                for c, nickname in rows]


def _describe(raw: bytes) -> tuple[str, str]:
    try:
        message = parse(raw)
    except Exception:
        return "(unreadable mail)", ""
    sender = addresses(message, "From")
    who = sender[0][1] if sender else "?"
    return f"From {who}: {header(message, 'Subject')}", body_text(message)


def transcript(store: Store, pseudonym: str) -> list[Entry] | None:
    """The conversation in order, mails in and out; None if there is no such conversation."""
    with store.transaction() as s:
        conv = s.scalars(select(Conversation).where(
            Conversation.pseudonym == pseudonym.upper())).first()
        if conv is None:
            return None
        entries: list[Entry] = []
        for item in s.scalars(select(InboundMail).where(InboundMail.conversation_id == conv.id)):
            try:
                raw, _ = store.open_inbound(item)
            except KeyDestroyed:
                continue
            headline, text = _describe(raw)
            entries.append(Entry(item.received_at, "in", item.outcome or "", headline, text))
        for out in s.scalars(select(OutboxItem).where(OutboxItem.conversation_id == conv.id)):
            try:
                data = store.vault.decrypt(out.key_id, out.message_enc or b"")
                rcpt = store.vault.decrypt_text(out.key_id, out.rcpt_enc)
            except KeyDestroyed:
                continue
            headline, text = _describe(data)
            entries.append(Entry(out.created_at, "out", f"{out.kind} ({out.status})",
                                 f"To {rcpt}: {headline.split(': ', 1)[-1]}", text))
        return sorted(entries, key=lambda e: e.at)


def quarantined(store: Store) -> list[tuple[int, datetime, int, str]]:
    with store.transaction() as s:
        rows = s.execute(select(InboundMail.id, InboundMail.received_at, InboundMail.size,
                                InboundMail.outcome)
                         .where(InboundMail.status == "quarantined")
                         .order_by(InboundMail.id)).all()
        return [(i, at, size, outcome or "") for i, at, size, outcome in rows]


def quarantined_raw(store: Store, inbound_id: int) -> bytes | None:
    with store.transaction() as s:
        item = s.get(InboundMail, inbound_id)
        if item is None or item.status != "quarantined":
            return None
        raw, _ = store.open_inbound(item)
        return raw


def retry_quarantined(store: Store, inbound_id: int) -> bool:
    """Put a quarantined mail back in line, after a fix, with a fresh count of attempts."""
    with store.transaction() as s:
        item = s.get(InboundMail, inbound_id)
        if item is None or item.status != "quarantined":
            return False
        item.status, item.attempts, item.outcome = "new", 0, None
        return True
