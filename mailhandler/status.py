"""`mailhandler status`: where the daemon stands, for an admin and for monitoring.

Every read is here, in one place, and read-only (Store.reading()): status never waits
for the write lock, so it answers while the daemon is busy or a purge runs. What it
returns is counts, ages and pseudonyms only: never an address, subject, body or IP,
because its output ends up in terminals, cron mails and monitoring systems.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from mailhandler.config import Config
from mailhandler.core.retention import JobState
from mailhandler.store.db import utcnow
from mailhandler.store.models import Conversation, EncryptionKey, InboundMail, OutboxItem
from mailhandler.store.repository import Store

# How far back failed and bounced outbox items count: a week covers a weekend unread.
RECENT_FAILURES = timedelta(days=7)
HELD_ANSWER = "auth-held"


@dataclass(frozen=True)
class Status:
    """The daemon's state at one moment. Ages are whole seconds; times naive UTC."""

    at: datetime
    database: str
    inbound_new: int
    inbound_forwarding: int
    quarantined: int
    held_answers: int  # of the quarantined: answers that failed authentication
    pending_confirmations: int
    pending_other: int
    oldest_pending_seconds: int | None
    failed_recently: int
    bounced_recently: int
    lost_notices: int
    conversations_open: int
    conversations_unanswered: int
    oldest_unanswered: str | None  # a pseudonym
    oldest_unanswered_seconds: int | None
    jobs: tuple[JobState, ...]
    live_keys: int
    missing_keys: int  # recorded as live, but the key file is gone
    # Volunteers' mailboxes on the helpline's Dovecot still to be purged or wiped
    # (jobs/mailboxes): waiting, of which failed at least once, the oldest waiting since.
    mailboxes_pending: int = 0
    mailboxes_failing: int = 0
    mailboxes_oldest_seconds: int | None = None

    def problems(self) -> list[str]:
        """What needs the admin; empty when all is well (exit status 0)."""
        found = [f"{job.job} overdue" for job in self.jobs if job.overdue]
        if self.quarantined:
            found.append(f"{self.quarantined} quarantined")
        if self.failed_recently:
            found.append(f"{self.failed_recently} outbox failed")
        if self.missing_keys:
            found.append(f"{self.missing_keys} keys missing")
        if self.mailboxes_failing:
            found.append(f"{self.mailboxes_failing} volunteer mailboxes not cleaned")
        return found


def _count(s: Session, *where: ColumnElement[bool]) -> int:
    return int(s.scalar(select(func.count()).select_from(InboundMail).where(*where)) or 0)


def _outbox(s: Session, *where: ColumnElement[bool]) -> int:
    return int(s.scalar(select(func.count()).select_from(OutboxItem).where(*where)) or 0)


def _age(now: datetime, since: datetime | None) -> int | None:
    return None if since is None else max(0, int((now - since).total_seconds()))


def read_status(store: Store, cfg: Config, database: str,
                now: datetime | None = None) -> Status:
    """Everything `status` shows, read without taking the write lock."""
    from mailhandler.jobs.mailboxes import pending_cleanups
    from mailhandler.jobs.scheduler import job_status

    now = now or utcnow()
    since = now - RECENT_FAILURES
    with store.reading() as s:
        quarantined = InboundMail.status == "quarantined"
        pending = OutboxItem.status == "pending"
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
        live = list(s.scalars(select(EncryptionKey.id)
                              .where(EncryptionKey.destroyed_at.is_(None))))
        mailboxes_pending, mailboxes_failing, mailboxes_since = pending_cleanups(s, now)
        counts: dict[str, int] = dict(
            inbound_new=_count(s, InboundMail.status == "new"),
            inbound_forwarding=_count(s, InboundMail.status == "forwarding"),
            quarantined=_count(s, quarantined),
            held_answers=_count(s, quarantined, InboundMail.outcome.startswith(HELD_ANSWER)),
            pending_confirmations=_outbox(s, pending, OutboxItem.kind == "confirmation"),
            pending_other=_outbox(s, pending, OutboxItem.kind != "confirmation"),
            # When it went wrong: a bounce arrives after sent_at, a failure is its last try.
            failed_recently=_outbox(s, OutboxItem.status == "failed",
                                    func.coalesce(OutboxItem.sent_at, OutboxItem.next_attempt_at,
                                                  OutboxItem.created_at) >= since),
            bounced_recently=_outbox(s, OutboxItem.status == "bounced",
                                     func.coalesce(OutboxItem.sent_at,
                                                   OutboxItem.created_at) >= since),
            # Notices to the team that failed for good (runners.outgoing.lost_notices), counted
            # without decrypting whom they were for: status names nobody.
            lost_notices=_outbox(s, OutboxItem.kind == "notice",
                                 OutboxItem.status.in_(("failed", "bounced"))),
            conversations_open=int(s.scalar(
                select(func.count()).select_from(Conversation).where(is_open)) or 0),
            conversations_unanswered=int(s.scalar(
                select(func.count()).select_from(Conversation).where(*unanswered)) or 0),
        )
    return Status(
        at=now, database=database, **counts,
        oldest_pending_seconds=_age(now, oldest_pending),
        oldest_unanswered=oldest.pseudonym if oldest else None,
        oldest_unanswered_seconds=_age(now, oldest.created_at) if oldest else None,
        jobs=tuple(job_status(store, cfg, now)),
        live_keys=len(live),
        missing_keys=sum(1 for key in live if not store.vault.has(key)),
        mailboxes_pending=mailboxes_pending, mailboxes_failing=mailboxes_failing,
        mailboxes_oldest_seconds=_age(now, mailboxes_since),
    )
