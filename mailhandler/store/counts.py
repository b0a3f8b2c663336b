"""What `mailhandler status` and the metrics count: read-only, counts and ages only.

Every read is in one read-only session (Store.reading()): status never waits for the
write lock, so it answers while the daemon is busy or a purge runs. Nothing here is
decrypted: status names nobody.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, or_, select

from mailhandler.core.decision import InboxState
from mailhandler.store.inbox import Transaction
from mailhandler.store.mailbox_cleanups import pending_cleanups
from mailhandler.store.models import Conversation, EncryptionKey, InboundMail, OutboxItem
from mailhandler.store.outbox import OutboxState
from mailhandler.store.repository import Store


@dataclass(frozen=True)
class Counts:
    """The database's side of `status`, at one moment."""

    inbound_new: int
    inbound_forwarding: int
    quarantined: int
    held_answers: int  # of the quarantined: answers that failed authentication
    pending_confirmations: int
    pending_other: int
    oldest_pending: datetime | None
    failed_recently: int
    bounced_recently: int
    lost_notices: int
    conversations_open: int
    conversations_unanswered: int
    oldest_unanswered: tuple[str, datetime] | None  # pseudonym, since
    live_keys: tuple[int, ...]
    missing_keys: int  # recorded as live, but the key cannot be read
    mailboxes_pending: int
    mailboxes_failing: int
    mailboxes_oldest: datetime | None


def _count(s: Transaction, *where: ColumnElement[bool]) -> int:
    return int(s.scalar(select(func.count()).select_from(InboundMail).where(*where)) or 0)


def _outbox(s: Transaction, *where: ColumnElement[bool]) -> int:
    return int(s.scalar(select(func.count()).select_from(OutboxItem).where(*where)) or 0)


def status_counts(store: Store, now: datetime, since: datetime) -> Counts:
    """Everything `status` counts; failures and bounces from `since` on."""
    with store.reading() as s:
        quarantined = InboundMail.status == InboxState.QUARANTINED
        pending = OutboxItem.status == OutboxState.PENDING
        # Unanswered: nobody took it, or (under duty, where a conversation has its volunteer
        # before the answer) the help-seeker waits for one (store/duty). Closed ones are not.
        is_open = Conversation.closed_at.is_(None)
        unanswered = (is_open, or_(Conversation.owner_id.is_(None),
                                   Conversation.waiting_since.is_not(None)))
        oldest = s.execute(
            select(Conversation.pseudonym, Conversation.created_at)
            .where(*unanswered)
            .order_by(Conversation.created_at, Conversation.id).limit(1)).first()
        oldest_pending = s.scalar(select(func.min(OutboxItem.created_at)).where(pending))
        live = tuple(s.scalars(select(EncryptionKey.id)
                               .where(EncryptionKey.destroyed_at.is_(None))))
        mailboxes_pending, mailboxes_failing, mailboxes_since = pending_cleanups(s, now)
        return Counts(
            inbound_new=_count(s, InboundMail.status == InboxState.NEW),
            inbound_forwarding=_count(s, InboundMail.status == InboxState.FORWARDING),
            quarantined=_count(s, quarantined),
            # A fact recorded with the decision (inbound.held_answer), not the outcome text.
            held_answers=_count(s, quarantined, InboundMail.held_answer.is_(True)),
            pending_confirmations=_outbox(s, pending, OutboxItem.kind == "confirmation"),
            pending_other=_outbox(s, pending, OutboxItem.kind != "confirmation"),
            oldest_pending=oldest_pending,
            # When it went wrong: a bounce arrives after sent_at, a failure is its last try.
            failed_recently=_outbox(s, OutboxItem.status == OutboxState.FAILED,
                                    func.coalesce(OutboxItem.sent_at, OutboxItem.next_attempt_at,
                                                  OutboxItem.created_at) >= since),
            bounced_recently=_outbox(s, OutboxItem.status == OutboxState.BOUNCED,
                                     func.coalesce(OutboxItem.sent_at,
                                                   OutboxItem.created_at) >= since),
            # Notices to the team that failed for good (store/outbox.lost_notices), counted
            # without decrypting whom they were for: status names nobody.
            lost_notices=_outbox(s, OutboxItem.kind == "notice",
                                 OutboxItem.status.in_((OutboxState.FAILED,
                                                        OutboxState.BOUNCED))),
            conversations_open=int(s.scalar(
                select(func.count()).select_from(Conversation).where(is_open)) or 0),
            conversations_unanswered=int(s.scalar(
                select(func.count()).select_from(Conversation).where(*unanswered)) or 0),
            oldest_unanswered=(oldest.pseudonym, oldest.created_at) if oldest else None,
            live_keys=live,
            missing_keys=sum(1 for key in live if not store.vault.has(key)),
            mailboxes_pending=mailboxes_pending, mailboxes_failing=mailboxes_failing,
            mailboxes_oldest=mailboxes_since,
        )
