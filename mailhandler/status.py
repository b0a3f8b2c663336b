"""`mailhandler status`: where the daemon stands, for an admin and for monitoring.

Every read is in store/counts, in one place, and read-only (Store.reading()): status never waits
for the write lock, so it answers while the daemon is busy or a purge runs. What it
returns is counts, ages and pseudonyms only: never an address, subject, body or IP,
because its output ends up in terminals, cron mails and monitoring systems.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from mailhandler.config import Config
from mailhandler.core.retention import JobState
from mailhandler.store.counts import status_counts
from mailhandler.store.db import utcnow
from mailhandler.store.repository import Store

# How far back failed and bounced outbox items count: a week covers a weekend unread.
RECENT_FAILURES = timedelta(days=7)


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


def _age(now: datetime, since: datetime | None) -> int | None:
    return None if since is None else max(0, int((now - since).total_seconds()))


def read_status(store: Store, cfg: Config, database: str,
                now: datetime | None = None) -> Status:
    """Everything `status` shows, read without taking the write lock."""
    from mailhandler.jobs.scheduler import job_status

    now = now or utcnow()
    c = status_counts(store, now, now - RECENT_FAILURES)
    return Status(
        at=now, database=database,
        inbound_new=c.inbound_new, inbound_forwarding=c.inbound_forwarding,
        quarantined=c.quarantined, held_answers=c.held_answers,
        pending_confirmations=c.pending_confirmations, pending_other=c.pending_other,
        oldest_pending_seconds=_age(now, c.oldest_pending),
        failed_recently=c.failed_recently, bounced_recently=c.bounced_recently,
        lost_notices=c.lost_notices, conversations_open=c.conversations_open,
        conversations_unanswered=c.conversations_unanswered,
        oldest_unanswered=c.oldest_unanswered[0] if c.oldest_unanswered else None,
        oldest_unanswered_seconds=(_age(now, c.oldest_unanswered[1])
                                   if c.oldest_unanswered else None),
        jobs=tuple(job_status(store, cfg, now)),
        live_keys=len(c.live_keys),
        missing_keys=c.missing_keys,
        mailboxes_pending=c.mailboxes_pending, mailboxes_failing=c.mailboxes_failing,
        mailboxes_oldest_seconds=_age(now, c.mailboxes_oldest),
    )
