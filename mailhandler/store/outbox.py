"""The outbox queue: claiming due mail under a lease, retries, "sent", and recovery.

Every query the outgoing runner (runners/outgoing.py) makes on the `outbox` table lives
here, with the decryption of what it claims: the runner gets plain values (Claimed) and
hands back what happened. An item is claimed ("host:pid", until the lease runs out) in a
committed transaction before its delivery starts, so a crash during delivery leaves it
pending for this host's next start or another daemon after the lease.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import NamedTuple, cast

from sqlalchemy import Table, bindparam, or_, select, update

from mailhandler.store.db import utcnow
from mailhandler.store.inbox import Transaction
from mailhandler.store.models import Conversation, MessageLink, OutboxItem, Volunteer
from mailhandler.store.repository import Store

log = logging.getLogger("mailhandler.outgoing")


class OutboxState(StrEnum):
    """Where an outbox item is. Stored as these strings (existing databases keep working)."""

    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"  # given up: a 5xx, or unreadable too long
    BOUNCED = "bounced"  # sent, then a delivery report came back


LEASE = timedelta(minutes=2)
FIRST_RETRY_SECONDS = 20
MAX_RETRY_SECONDS = 3600
# Forwards are claimed a few at a time, so a confirmation queued meanwhile goes next.
FORWARDS_PER_CLAIM = 4
# ... and no more once this much mail is held decrypted: a claim of four 25 MiB forwards
# would hold 100 MiB for as long as the first takes to send. The rest wait for the next.
CLAIM_BYTES = 4 * 1024 * 1024
# An item that cannot be decrypted is tried again this often (its key may be restored
# from a backup) before it is given up, with a notice (handlers/bounce.notify_failures).
UNREADABLE_ATTEMPTS = 8

# The daemon delivers confirmations on their own connection, in their own thread, so a
# forward hanging on the smarthost for timeout_seconds never holds a confirmation back.
CONFIRMATIONS = "confirmations"
OTHERS = "others"

WORKER = f"{socket.gethostname()}:{os.getpid()}"


def retry_delay(attempts: int) -> timedelta:
    """20 s after the first failure, then three times longer each time, at most an hour."""
    return timedelta(seconds=min(FIRST_RETRY_SECONDS * 3 ** max(attempts - 1, 0),
                                 MAX_RETRY_SECONDS))


@dataclass(frozen=True)
class Claimed:
    """One claimed item, decrypted: what the transport needs, and its number and kind."""

    id: int
    kind: str
    mail_from: str
    data: bytes
    rcpt: str


class LostNotice(NamedTuple):
    """A notice to the team that failed for good: whom (by number), when, why."""

    volunteer_id: int | None
    at: datetime
    error: str


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def mark_sent(store: Store, sent: list[tuple[int, datetime]], durable: bool = False) -> None:
    """Record these items as taken by the smarthost, at these moments: one statement for
    the batch (executemany), not one per item."""
    if not sent:
        return
    table = cast(Table, OutboxItem.__table__)
    # Not over "bounced": a delivery report can come back before the batch that marks its
    # mail sent is written (record_report).
    statement = update(table).where(table.c.id == bindparam("item_id"),
                                    table.c.status != OutboxState.BOUNCED).values(
        status=OutboxState.SENT, sent_at=bindparam("at"), last_error=None,
        attempts=table.c.attempts + 1, claimed_by=None, claimed_until=None)
    with store.transaction(durable=durable) as s:
        s.connection().execute(statement, [{"item_id": item_id, "at": at}
                                           for item_id, at in sent])


def release_dead_claims(store: Store) -> int:
    """Free the claims of dead processes on this host and make the whole queue due now;
    how many claims were freed."""
    host = socket.gethostname()
    now = utcnow()
    freed = 0
    with store.transaction() as s:
        for item in s.scalars(select(OutboxItem).where(
                OutboxItem.status == OutboxState.PENDING, OutboxItem.claimed_by.is_not(None))):
            owner_host, _, pid = (item.claimed_by or "").rpartition(":")
            if owner_host == host and pid.isdigit() and not _pid_alive(int(pid)):
                item.claimed_by, item.claimed_until = None, None
                freed += 1
        s.execute(update(OutboxItem)
                  .where(OutboxItem.status == OutboxState.PENDING,
                         OutboxItem.claimed_by.is_(None))
                  .values(next_attempt_at=now))
    return freed


def claim(store: Store, now: datetime, limit: int, lane: str | None = None) -> list[Claimed]:
    """Claim up to `limit` due items, confirmations first, in one transaction.

    `lane` limits the claim to confirmations (CONFIRMATIONS) or to everything else
    (OTHERS); None takes both. Not durable: a claim lost to a power cut only means
    the item is claimed again.
    """
    due = (OutboxItem.status == OutboxState.PENDING, OutboxItem.next_attempt_at <= now,
           or_(OutboxItem.claimed_until.is_(None), OutboxItem.claimed_until < now))
    claimed: list[Claimed] = []
    with store.transaction(durable=False) as s:
        # The confirmation is promised within seconds: it never waits behind a backlog
        # of forwards. Two indexed queries rather than one sort of the whole backlog.
        items = [] if lane == OTHERS else list(s.scalars(
            select(OutboxItem).where(*due, OutboxItem.kind == "confirmation")
            .order_by(OutboxItem.next_attempt_at, OutboxItem.id).limit(limit)
            .with_for_update(skip_locked=True)))
        if not items and lane != CONFIRMATIONS:
            items = list(s.scalars(
                select(OutboxItem).where(*due, OutboxItem.kind != "confirmation")
                .order_by(OutboxItem.next_attempt_at, OutboxItem.id)
                .limit(min(limit, FORWARDS_PER_CLAIM)).with_for_update(skip_locked=True)))
        held = 0
        for item in items:
            if held >= CLAIM_BYTES:
                break  # left unclaimed: due still, for the next claim
            try:
                rcpt = store.vault.decrypt_text(item.key_id, item.rcpt_enc)
                data = store.outgoing_message(s, item)
            except Exception as exc:  # a missing or destroyed key, a damaged or lost row
                _set_aside(item, now, type(exc).__name__)
                continue
            item.claimed_by, item.claimed_until = WORKER, now + LEASE
            claimed.append(Claimed(item.id, item.kind, item.mail_from, data, rcpt))
            held += len(data)
    return claimed


def _set_aside(item: OutboxItem, now: datetime, why: str) -> None:
    """Step an unreadable item out of the way: it must never hold back the ones behind it."""
    item.attempts += 1
    item.last_error = f"cannot be decrypted ({why})"[:120]
    if item.attempts >= UNREADABLE_ATTEMPTS:
        item.status = OutboxState.FAILED
    else:
        item.next_attempt_at = now + retry_delay(item.attempts)
    log.error("outbox #%d (%s) cannot be decrypted (%s); %s", item.id, item.kind, why,
              "given up" if item.status == OutboxState.FAILED else "set aside, will retry")


def failed(store: Store, item_id: int, error: str, permanent: bool) -> None:
    """Record a failed delivery: given up on (permanent) or retried later. Not durable:
    a lost record means one more attempt."""
    now = utcnow()
    values: dict[str, object] = {"attempts": OutboxItem.attempts + 1, "claimed_by": None,
                                 "claimed_until": None, "last_error": error[:120]}
    if permanent:
        values["status"] = OutboxState.FAILED
    with store.transaction(durable=False) as s:
        attempts = s.execute(update(OutboxItem).where(OutboxItem.id == item_id).values(values)
                             .returning(OutboxItem.attempts)).scalar()
        if attempts is not None and not permanent:
            s.execute(update(OutboxItem).where(OutboxItem.id == item_id)
                      .values(next_attempt_at=now + retry_delay(attempts)))


def end_backoff(store: Store, about_message: Callable[[str], bool]) -> int:
    """Make due now what waits only because the server was away (its last error is not
    `about_message`); how many items."""
    now = utcnow()
    with store.transaction(durable=False) as s:
        waiting = s.execute(select(OutboxItem.id, OutboxItem.last_error).where(
            OutboxItem.status == OutboxState.PENDING, OutboxItem.next_attempt_at > now,
            OutboxItem.claimed_by.is_(None), OutboxItem.attempts > 0)).all()
        ids = [i for i, error in waiting if not about_message(error or "")]
        if ids:
            s.execute(update(OutboxItem).where(OutboxItem.id.in_(ids))
                      .values(next_attempt_at=now))
    return len(ids)


def volunteer_for(store: Store, address: str) -> Volunteer | None:
    """The volunteer (active or not) with this address, to name them by number."""
    with store.reading() as s:
        return s.scalars(select(Volunteer).where(
            Volunteer.address == address.strip().lower())).first()


def lost_notices(store: Store) -> list[LostNotice]:
    """Notices to the team that failed for good, oldest first."""
    found = []
    with store.reading() as s:
        items = s.scalars(select(OutboxItem).where(
            OutboxItem.kind == "notice",
            OutboxItem.status.in_((OutboxState.FAILED, OutboxState.BOUNCED)))
            .order_by(OutboxItem.id)).all()
        for item in items:
            try:
                rcpt = store.vault.decrypt_text(item.key_id, item.rcpt_enc)
            except Exception:  # a key that is gone or a damaged row: no one to name
                rcpt = ""
            volunteer = volunteer_for(store, rcpt) if rcpt else None
            found.append(LostNotice(volunteer.id if volunteer else None,
                                    item.sent_at or item.created_at,
                                    item.last_error or item.status))
    return found


def recipient(store: Store, item: OutboxItem) -> str:
    """An item's recipient, decrypted (KeyDestroyed/KeyMissing if its key is gone)."""
    return store.vault.decrypt_text(item.key_id, item.rcpt_enc)


def next_due(store: Store) -> datetime | None:
    """When the next unclaimed pending item is due; None when nothing waits."""
    with store.reading() as s:
        return s.scalars(
            select(OutboxItem.next_attempt_at).where(OutboxItem.status == OutboxState.PENDING,
                                                     OutboxItem.claimed_by.is_(None))
            .order_by(OutboxItem.next_attempt_at).limit(1)
        ).first()


# --- delivery reports and failure notices (handlers/bounce) --------------------------------

@dataclass(frozen=True)
class Reported:
    """The mail of ours a delivery report is about, as the bounce handler needs it."""

    kind: str
    conversation_id: int | None
    pseudonym: str | None
    # A notice that bounced: whom it was for (it is never noticed again; the log says it).
    lost_notice_rcpt: str | None = None


def record_report(store: Store, s: Transaction, message_ids: list[str],
                  failure: bool) -> Reported | None:
    """The first of `message_ids` that is in the outbox; a failure marks it bounced when
    it was sent (or is being marked so). None when none of them is ours."""
    for message_id in message_ids:
        item = store.outbox_item(s, message_id)
        if item is None:
            continue
        conv = s.get(Conversation, item.conversation_id) if item.conversation_id else None
        pseudonym = conv.pseudonym if conv else None
        lost = None
        # Pending and claimed means being delivered, or taken by the smarthost with its
        # "sent" mark still on its way (marks are written in batches): a report about the
        # mail proves it left. Ignoring it, as before, left a quick bounce unnoticed and
        # its volunteer never told. An unclaimed pending mail was never handed over.
        in_delivery = item.status == OutboxState.PENDING and item.claimed_by is not None
        if failure and (item.status == OutboxState.SENT or in_delivery):
            item.status = OutboxState.BOUNCED
            if item.kind == "notice":
                lost = recipient(store, item)
        return Reported(item.kind, item.conversation_id, pseudonym, lost)
    return None


def mark_late(s: Transaction, now: datetime, days: int) -> int:
    """Mark the mail (not notices) pending for more than `days` days and not yet reported
    late; how many were newly late."""
    late = s.scalars(select(OutboxItem).where(
        OutboxItem.status == OutboxState.PENDING, OutboxItem.kind != "notice",
        OutboxItem.delay_notified_at.is_(None),
        OutboxItem.created_at < now - timedelta(days=days))).all()
    for item in late:
        item.delay_notified_at = now
    return len(late)


@dataclass(frozen=True)
class Failure:
    """A failed or bounced answer or forward whose people are still to be told."""

    kind: str  # reply | forward
    conversation_id: int
    pseudonym: str
    owner: Volunteer | None  # the conversation's owner (for a reply)
    volunteer: Volunteer | None  # whom a forward was for


def take_failures(s: Transaction, now: datetime, kinds: tuple[str, ...]) -> list[Failure]:
    """The failed or bounced items of `kinds` nobody was told of yet, marked told now
    (those of a conversation that is gone are marked and left out)."""
    found = []
    items = s.scalars(select(OutboxItem).where(
        OutboxItem.status.in_((OutboxState.FAILED, OutboxState.BOUNCED)),
        OutboxItem.notified_at.is_(None),
        OutboxItem.kind.in_(kinds)).with_for_update(skip_locked=True)).all()
    for item in items:
        item.notified_at = now
        conv = s.get(Conversation, item.conversation_id) if item.conversation_id else None
        if conv is None:
            continue
        owner = volunteer = None
        if item.kind == "reply":
            owner = s.get(Volunteer, conv.owner_id) if conv.owner_id else None
        else:
            link = s.scalars(select(MessageLink).where(
                MessageLink.our_message_id == item.message_id)).first()
            volunteer = (s.get(Volunteer, link.volunteer_id)
                         if link and link.volunteer_id else None)
        found.append(Failure(item.kind, conv.id, conv.pseudonym, owner, volunteer))
    return found
