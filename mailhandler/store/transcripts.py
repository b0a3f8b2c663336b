"""The coordinators' reads of stored content, each on the audit log in its own transaction.

transcripts.py decides what a read shows and how; the rows, their decryption and the
audit entry written with every read of content are here. A read whose audit entry
cannot be committed fails as a whole: the caller never gets the content.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, update

from mailhandler.core.decision import InboxState
from mailhandler.store.db import utcnow
from mailhandler.store.inbox import Transaction
from mailhandler.store.models import (
    AuditEntry,
    Conversation,
    FetchedMessage,
    InboundMail,
    OutboxItem,
    Volunteer,
)
from mailhandler.store.repository import NotStored, Store
from mailhandler.store.retention import drop_orphaned_mail
from mailhandler.store.vault import KeyDestroyed


class ReasonRequired(ValueError):
    pass


@dataclass(frozen=True)
class Audit:
    """A read to put on the audit log: who, what, why; `problem` says why the reason is
    refused (admin/reasons), and then nothing is read."""

    operator: str
    action: str  # transcript | reveal | fragment | quarantine | discard
    reason: str | None
    problem: str | None = None


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
class MailIn:
    """A stored mail of the conversation, as received."""

    at: datetime
    outcome: str
    raw: bytes
    seeker_mail: bool  # the help-seeker's own words (inbound.seeker_mail)


@dataclass(frozen=True)
class MailOut:
    """A mail the helpline sent in the conversation, as sent."""

    at: datetime
    kind: str
    status: str
    rcpt: str
    data: bytes


def conversations(store: Store) -> list[ConversationLine]:
    """Every stored conversation with its counts, the latest active first (no content)."""
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


def _record(s: Transaction, audit: Audit, conversation: str) -> None:
    """Put a read on the audit log, in the transaction that reads the content; refused
    without a real reason (the one rule for every read)."""
    if audit.problem:
        raise ReasonRequired(audit.problem)
    s.add(AuditEntry(at=utcnow(), operator=audit.operator[:100], action=audit.action,
                     conversation=conversation, reason=audit.reason))
    s.flush()


def _audited(s: Transaction, pseudonym: str, audit: Audit) -> Conversation | None:
    """The conversation, once the read is on the audit log (same transaction)."""
    conv = s.scalars(select(Conversation).where(
        Conversation.pseudonym == pseudonym.strip().upper())).first()
    if conv is not None:
        _record(s, audit, conv.pseudonym)
    return conv


def conversation_mails(store: Store, pseudonym: str,
                       audit: Audit) -> list[MailIn | MailOut] | None:
    """A conversation's mails in and out, decrypted (those whose key is gone left out);
    None if there is no such conversation (never, or no longer)."""
    with store.transaction() as s:
        conv = _audited(s, pseudonym, audit)
        if conv is None:
            return None
        mails: list[MailIn | MailOut] = []
        for item in s.scalars(select(InboundMail).where(InboundMail.conversation_id == conv.id)):
            try:
                raw, _ = store.open_inbound(item, s)
            except KeyDestroyed:
                continue
            mails.append(MailIn(item.received_at, item.outcome or "", raw,
                                bool(item.seeker_mail)))
        for out in s.scalars(select(OutboxItem).where(OutboxItem.conversation_id == conv.id)):
            try:
                data = store.outgoing_message(s, out)
                rcpt = store.vault.decrypt_text(out.key_id, out.rcpt_enc)
            except (KeyDestroyed, NotStored):
                continue
            mails.append(MailOut(out.created_at, out.kind, out.status, rcpt, data))
    return mails


def seeker_address(store: Store, pseudonym: str, audit: Audit) -> str | None:
    """The help-seeker's real address, once the read is on the audit log."""
    with store.transaction() as s:
        conv = _audited(s, pseudonym, audit)
        address = store.seeker_address(conv) if conv is not None else None
    return address


def audit_log(store: Store) -> list[AuditEntry]:
    with store.transaction() as s:
        rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        s.expunge_all()
        return rows


def quarantined(store: Store) -> list[tuple[int, datetime, int, str]]:
    """The quarantined mails: number, when received, size and outcome (no content)."""
    with store.transaction() as s:
        rows = s.execute(select(InboundMail.id, InboundMail.received_at, InboundMail.size,
                                InboundMail.outcome)
                         .where(InboundMail.status == InboxState.QUARANTINED)
                         .order_by(InboundMail.id)).all()
        return [(i, at, size, outcome or "") for i, at, size, outcome in rows]


def _audited_quarantined(s: Transaction, inbound_id: int, audit: Audit) -> InboundMail | None:
    """The quarantined mail, once what is done with it is on the audit log (same
    transaction); None when there is no such mail in quarantine (and nothing logged)."""
    item = s.get(InboundMail, inbound_id)
    if item is None or item.status != InboxState.QUARANTINED:
        return None
    conv = s.get(Conversation, item.conversation_id) if item.conversation_id else None
    _record(s, audit, conv.pseudonym if conv else f"mail {inbound_id}")
    return item


def quarantined_raw(store: Store, inbound_id: int, audit: Audit) -> bytes | None:
    """A quarantined mail exactly as received: a read of content, so audited too."""
    with store.transaction() as s:
        item = _audited_quarantined(s, inbound_id, audit)
        if item is None:
            return None
        raw, _ = store.open_inbound(item, s)
    return raw


def retry_quarantined(store: Store, inbound_id: int) -> bool:
    """Put a quarantined mail back in line, after a fix, with a fresh count of attempts."""
    with store.transaction() as s:
        item = s.get(InboundMail, inbound_id)
        if item is None or item.status != InboxState.QUARANTINED:
            return False
        item.status, item.attempts, item.outcome = InboxState.NEW, 0, None
        return True


def discard_quarantined(store: Store, inbound_id: int, audit: Audit) -> bool:
    """Delete a quarantined mail a coordinator has judged (a forged answer, spam that
    cannot be parsed), with its entry on the audit log in the same transaction. Without
    this a held mail could only wait for the purge, and the status would ask for the admin
    for months. The IMAP record stays, emptied, so the mail is not fetched again."""
    with store.transaction() as s:
        if _audited_quarantined(s, inbound_id, audit) is None:
            return False
        s.execute(update(FetchedMessage).where(FetchedMessage.inbound_id == inbound_id)
                  .values(inbound_id=None))
        s.execute(delete(InboundMail).where(InboundMail.id == inbound_id))
        drop_orphaned_mail(s)
        return True
