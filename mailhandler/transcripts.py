"""What coordinators may read: stored conversations and quarantined mail, within retention.

Reading happens on the server, through the `mailhandler transcript`, `reveal`,
`fragment` and `quarantine` commands; there is no other way in. Every read of
content is first written to the audit log (operator, conversation, reason), in the
same transaction. Everything shown here disappears with the purge and the wipe,
because it is read from the same encrypted rows; the audit log stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailhandler.admin.reasons import reason_problem
from mailhandler.core.message import addresses, body_text, header, parse
from mailhandler.store.db import utcnow
from mailhandler.store.models import (
    AuditEntry,
    Conversation,
    InboundMail,
    OutboxItem,
    Volunteer,
)
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
    headers: str  # the header block as stored: what volunteers never see


@dataclass(frozen=True)
class Read:
    """Who is reading, and why. Every read of content is written to the audit log first."""

    operator: str
    reason: str | None = None


class ReasonRequired(ValueError):
    pass


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


def _record(s: Session, read: Read, action: str, conversation: str) -> None:
    """Put a read on the audit log, in the transaction that reads the content.

    Refused without a real reason (admin/reasons.py): the one rule for every read."""
    problem = reason_problem(read.reason)
    if problem:
        raise ReasonRequired(problem)
    s.add(AuditEntry(at=utcnow(), operator=read.operator[:100], action=action,
                     conversation=conversation, reason=read.reason))
    s.flush()


def _audited(s: Session, pseudonym: str, read: Read, action: str) -> Conversation | None:
    """The conversation, once the read is on the audit log (same transaction).

    If the audit row cannot be committed, the transaction fails and the caller
    never gets the content: a read without a trail cannot happen.
    """
    conv = s.scalars(select(Conversation).where(
        Conversation.pseudonym == pseudonym.strip().upper())).first()
    if conv is not None:
        _record(s, read, action, conv.pseudonym)
    return conv


def _describe(raw: bytes) -> tuple[str, str, str]:
    headers = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    headers_text = headers.decode("utf-8", "replace").replace("\r\n", "\n")
    try:
        message = parse(raw)
    except Exception:
        return "(unreadable mail)", "", headers_text
    sender = addresses(message, "From")
    who = sender[0][1] if sender else "?"
    return f"From {who}: {header(message, 'Subject')}", body_text(message), headers_text


def _entries(store: Store, s: Session, conv: Conversation) -> list[Entry]:
    entries: list[Entry] = []
    for item in s.scalars(select(InboundMail).where(InboundMail.conversation_id == conv.id)):
        try:
            raw, _ = store.open_inbound(item)
        except KeyDestroyed:
            continue
        entries.append(Entry(item.received_at, "in", item.outcome or "", *_describe(raw)))
    for out in s.scalars(select(OutboxItem).where(OutboxItem.conversation_id == conv.id)):
        try:
            data = store.vault.decrypt(out.key_id, out.message_enc or b"")
            rcpt = store.vault.decrypt_text(out.key_id, out.rcpt_enc)
        except KeyDestroyed:
            continue
        headline, text, headers = _describe(data)
        entries.append(Entry(out.created_at, "out", f"{out.kind} ({out.status})",
                             f"To {rcpt}: {headline.split(': ', 1)[-1]}", text, headers))
    return sorted(entries, key=lambda e: e.at)


def transcript(store: Store, pseudonym: str, read: Read) -> list[Entry] | None:
    """The conversation in order, mails in and out, with their original headers.

    None if there is no such conversation (never, or no longer: purged or wiped).
    """
    with store.transaction() as s:
        conv = _audited(s, pseudonym, read, "transcript")
        entries = _entries(store, s, conv) if conv is not None else None
    return entries


def reveal(store: Store, pseudonym: str, read: Read) -> str | None:
    """The help-seeker's real address, for the duty to report. Refused without a reason."""
    with store.transaction() as s:
        conv = _audited(s, pseudonym, read, "reveal")
        address = store.seeker_address(conv) if conv is not None else None
    return address


# The help-seeker's own mails, and the volunteers' answers as they were relayed: a
# training fragment is the conversation, not the confirmations and copies around it.
_NOT_THE_CONVERSATION = ("dropped", "held", "quarantined", "bounce", "relayed")


def fragment(store: Store, pseudonym: str, read: Read) -> list[tuple[str, str]] | None:
    """The conversation's messages as (who, text), redacted, in order; quotes left out."""
    from mailhandler.core.redact import redact

    with store.transaction() as s:
        conv = _audited(s, pseudonym, read, "fragment")
        entries = _entries(store, s, conv) if conv is not None else None
    if entries is None:
        return None
    messages = []
    for entry in entries:
        if entry.direction == "in" and not entry.kind.startswith(_NOT_THE_CONVERSATION):
            who = "help-seeker"
        elif entry.direction == "out" and entry.kind.startswith("reply"):
            who = "volunteer"
        else:
            continue
        own_words = "\n".join(line for line in entry.text.strip().splitlines()
                              if not line.lstrip().startswith(">"))
        messages.append((who, redact(own_words.strip())))
    return messages


def audit_log(store: Store) -> list[AuditEntry]:
    with store.transaction() as s:
        rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        s.expunge_all()
        return rows


def quarantined(store: Store) -> list[tuple[int, datetime, int, str]]:
    with store.transaction() as s:
        rows = s.execute(select(InboundMail.id, InboundMail.received_at, InboundMail.size,
                                InboundMail.outcome)
                         .where(InboundMail.status == "quarantined")
                         .order_by(InboundMail.id)).all()
        return [(i, at, size, outcome or "") for i, at, size, outcome in rows]


def quarantined_raw(store: Store, inbound_id: int, read: Read) -> bytes | None:
    """A quarantined mail exactly as received: a read of content, so audited too."""
    with store.transaction() as s:
        item = s.get(InboundMail, inbound_id)
        if item is None or item.status != "quarantined":
            return None
        conv = s.get(Conversation, item.conversation_id) if item.conversation_id else None
        _record(s, read, "quarantine", conv.pseudonym if conv else f"mail {inbound_id}")
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
