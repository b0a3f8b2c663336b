"""The outgoing runner: delivers the outbox, marking an item sent only after the next hop's 250.

An item is claimed ("host:pid", until a lease runs out) in a committed
transaction before the delivery starts. A crash during delivery leaves it
pending: the next start on the same host releases the dead process's claims at
once, and any other daemon takes it over when the lease runs out. The one window
for a duplicate is a crash after the smarthost's 250 and before the "sent" commit.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import socket
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import or_, select, update

from mailhandler.memory import note_mail
from mailhandler.outbound.transport import DeliveryError, Transport, is_about_message
from mailhandler.store.db import utcnow
from mailhandler.store.models import OutboxItem, Volunteer
from mailhandler.store.repository import Store

log = logging.getLogger("mailhandler.outgoing")

LEASE = timedelta(minutes=2)
FIRST_RETRY_SECONDS = 20
MAX_RETRY_SECONDS = 3600


def retry_delay(attempts: int) -> timedelta:
    """20 s after the first failure, then three times longer each time, at most an hour."""
    return timedelta(seconds=min(FIRST_RETRY_SECONDS * 3 ** max(attempts - 1, 0),
                                 MAX_RETRY_SECONDS))


WORKER = f"{socket.gethostname()}:{os.getpid()}"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class SentJournal:
    """The outbox items the smarthost took, written down the moment its 250 arrives.

    Marking each item sent in the database would take the database's write lock once
    per mail, queueing behind intake and processing; a line appended to this file
    costs nothing, and the marks go to the database a batch at a time. A process
    killed in between leaves the lines here, and the next start marks those items
    sent before anything is delivered again: no duplicate. Only numbers and times.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)

    def record(self, item_id: int, at: datetime) -> None:
        os.write(self._fd, f"{item_id} {at.isoformat()}\n".encode())

    def entries(self) -> list[tuple[int, datetime]]:
        found = []
        for line in self.path.read_text(encoding="ascii", errors="replace").splitlines():
            number, _, at = line.partition(" ")
            with contextlib.suppress(ValueError):  # a line cut short by a crash
                found.append((int(number), datetime.fromisoformat(at)))
        return found

    def clear(self) -> None:
        os.ftruncate(self._fd, 0)

    def close(self) -> None:
        os.close(self._fd)


def _mark_sent(store: Store, sent: list[tuple[int, datetime]], durable: bool = False) -> None:
    if not sent:
        return
    with store.transaction(durable=durable) as s:
        for item_id, at in sent:
            s.execute(update(OutboxItem).where(OutboxItem.id == item_id).values(
                status="sent", sent_at=at, last_error=None, attempts=OutboxItem.attempts + 1,
                claimed_by=None, claimed_until=None))


def replay(store: Store, journal: SentJournal) -> None:
    """Mark sent what a stopped process wrote in its journal, then empty the journal."""
    _mark_sent(store, journal.entries())
    journal.clear()


def recover(store: Store, journal: SentJournal | None = None) -> int:
    """At start-up: free the claims of dead processes on this host, and make the queue due now.

    What a killed daemon had delivered (its journal) is marked sent first. A restart
    is when an admin expects the queue to move: items waiting out a backoff are tried
    at once, as are those a killed daemon was delivering.
    """
    if journal is not None:
        replay(store, journal)
    host = socket.gethostname()
    now = utcnow()
    freed = 0
    with store.transaction() as s:
        for item in s.scalars(select(OutboxItem).where(
                OutboxItem.status == "pending", OutboxItem.claimed_by.is_not(None))):
            owner_host, _, pid = (item.claimed_by or "").rpartition(":")
            if owner_host == host and pid.isdigit() and not _pid_alive(int(pid)):
                item.claimed_by, item.claimed_until = None, None
                freed += 1
        s.execute(update(OutboxItem)
                  .where(OutboxItem.status == "pending", OutboxItem.claimed_by.is_(None))
                  .values(next_attempt_at=now))
    return freed


BATCH = 20
# Forwards are claimed a few at a time, so a confirmation queued meanwhile goes next.
FORWARDS_PER_CLAIM = 4


@dataclass(frozen=True)
class _Claimed:
    id: int
    kind: str
    mail_from: str
    data: bytes
    rcpt: str


# The daemon delivers confirmations on their own connection, in their own thread, so a
# forward hanging on the smarthost for timeout_seconds never holds a confirmation back.
CONFIRMATIONS = "confirmations"
OTHERS = "others"


def _claim(store: Store, now: datetime, limit: int, lane: str | None = None) -> list[_Claimed]:
    """Claim up to `limit` due items, confirmations first, in one transaction.

    `lane` limits the claim to confirmations (CONFIRMATIONS) or to everything else
    (OTHERS); None takes both. Not durable: a claim lost to a power cut only means
    the item is claimed again.
    """
    due = (OutboxItem.status == "pending", OutboxItem.next_attempt_at <= now,
           or_(OutboxItem.claimed_until.is_(None), OutboxItem.claimed_until < now))
    claimed: list[_Claimed] = []
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
        for item in items:
            try:
                rcpt = store.vault.decrypt_text(item.key_id, item.rcpt_enc)
                data = store.vault.decrypt(item.key_id, item.message_enc or b"")
            except Exception as exc:  # a missing or destroyed key, a damaged row
                _set_aside(item, now, type(exc).__name__)
                continue
            item.claimed_by, item.claimed_until = WORKER, now + LEASE
            claimed.append(_Claimed(item.id, item.kind, item.mail_from, data, rcpt))
    return claimed


# An item that cannot be decrypted is tried again this often (its key may be restored
# from a backup) before it is given up, with a notice (handlers/bounce.notify_failures).
UNREADABLE_ATTEMPTS = 8


def _set_aside(item: OutboxItem, now: datetime, why: str) -> None:
    """Step an unreadable item out of the way: it must never hold back the ones behind it."""
    item.attempts += 1
    item.last_error = f"cannot be decrypted ({why})"[:120]
    if item.attempts >= UNREADABLE_ATTEMPTS:
        item.status = "failed"
    else:
        item.next_attempt_at = now + retry_delay(item.attempts)
    log.error("outbox #%d (%s) cannot be decrypted (%s); %s", item.id, item.kind, why,
              "given up" if item.status == "failed" else "set aside, will retry")


def _failed(store: Store, item_id: int, error: DeliveryError) -> None:
    """Record a failed delivery: given up on (5xx) or retried later. Not durable: a lost
    record means one more attempt."""
    now = utcnow()
    values: dict[str, object] = {"attempts": OutboxItem.attempts + 1, "claimed_by": None,
                                 "claimed_until": None, "last_error": str(error)[:120]}
    if error.permanent:
        values["status"] = "failed"
    with store.transaction(durable=False) as s:
        attempts = s.execute(update(OutboxItem).where(OutboxItem.id == item_id).values(values)
                             .returning(OutboxItem.attempts)).scalar()
        if attempts is not None and not error.permanent:
            s.execute(update(OutboxItem).where(OutboxItem.id == item_id)
                      .values(next_attempt_at=now + retry_delay(attempts)))


def _end_backoff(store: Store) -> int:
    """The smarthost takes mail again: what waits only because it was away is due now.

    Without this, mail queued during a two-minute outage waited for its backoff slot
    (up to minutes more) although the server was back. Items refused for themselves
    (a 4xx at RCPT, MAIL or DATA) keep their backoff.
    """
    now = utcnow()
    with store.transaction(durable=False) as s:
        waiting = s.execute(select(OutboxItem.id, OutboxItem.last_error).where(
            OutboxItem.status == "pending", OutboxItem.next_attempt_at > now,
            OutboxItem.claimed_by.is_(None), OutboxItem.attempts > 0)).all()
        ids = [i for i, error in waiting if not is_about_message(error or "")]
        if ids:
            s.execute(update(OutboxItem).where(OutboxItem.id.in_(ids))
                      .values(next_attempt_at=now))
    return len(ids)


def deliver_due(store: Store, transport: Transport, limit: int = 200,
                journal: SentJournal | None = None, lane: str | None = None,
                outage: threading.Event | None = None) -> int:
    """Deliver what is due now, in claimed batches over one connection; how many were tried.

    Each item is recorded as sent right after its own delivery (in the journal, or
    without one in the database), so a crash can repeat at most the one mail whose
    250 came in just before it. `outage` is set when the server could not be reached
    (shared by the daemon's lanes); the next success clears it and ends the backoff
    of the mail that waited for the server.
    """
    outage = outage if outage is not None else threading.Event()
    tried = 0
    while tried < limit:
        batch = _claim(store, utcnow(), min(BATCH, limit - tried), lane)
        if not batch:
            break
        sent: list[tuple[int, datetime]] = []
        for item in batch:
            tried += 1
            note_mail(len(item.data))  # the daemon's main loop gives its heap back after
            try:
                transport.deliver(item.mail_from, item.rcpt, item.data)
            except DeliveryError as exc:
                if not exc.about_message and not exc.permanent:
                    outage.set()
                _failed(store, item.id, exc)
                log.warning("outbox #%d (%s) not delivered: %s%s", item.id, item.kind, exc,
                            "" if exc.permanent else ", will retry")
                if exc.permanent and item.kind == "notice":
                    report_lost_notice(store, item.rcpt,
                                       f"smtp {exc.code}" if exc.code else "refused")
                continue
            at = utcnow()
            if journal is None:
                _mark_sent(store, [(item.id, at)])
            elif _recorded(journal, item.id, at):
                sent.append((item.id, at))
            else:
                # The journal is the only trace of this 250 until the batch is marked:
                # without it a crash would send the mail again. The database, durably.
                _mark_sent(store, [(item.id, at)], durable=True)
            log.info("outbox #%d (%s) delivered", item.id, item.kind)
            if outage.is_set():
                outage.clear()
                released = _end_backoff(store)
                if released:
                    log.info("smarthost back: %d waiting item(s) due now", released)
        if journal is not None and sent:
            _mark_sent(store, sent)
            _clear(journal)
    return tried


def _recorded(journal: SentJournal, item_id: int, at: datetime) -> bool:
    try:
        journal.record(item_id, at)
    except OSError as exc:  # disk full, read-only remount, an I/O error
        log.error("sent journal not writable (%s): outbox #%d marked sent in the database",
                  errno.errorcode.get(exc.errno or 0, type(exc).__name__), item_id)
        return False
    return True


def _clear(journal: SentJournal) -> None:
    """Empty the journal once its items are marked; if that fails, the next start marks
    them again, which changes nothing (they are sent already)."""
    try:
        journal.clear()
    except OSError as exc:
        log.error("sent journal cannot be emptied (%s)",
                  errno.errorcode.get(exc.errno or 0, type(exc).__name__))


def report_lost_notice(store: Store, rcpt: str, reason: str) -> None:
    """A notice to the team that will never arrive: say so where an admin looks, the log.

    Nobody else can be told by mail without risking a loop of notices about notices
    (failed notices are never noticed again: see handlers/bounce.py), and the item stays
    "failed" in the outbox, which `lost_notices` reads for `mailhandler status`.
    The person is named by number, never by address.
    """
    volunteer = _volunteer_for(store, rcpt)
    role = "coordinator" if volunteer is None or volunteer.coordinator else "volunteer"
    log.error("notice to %s #%s could not be delivered (%s)", role,
              volunteer.id if volunteer is not None else "?", reason)


def _volunteer_for(store: Store, address: str) -> Volunteer | None:
    with store.reading() as s:
        return s.scalars(select(Volunteer).where(
            Volunteer.address == address.strip().lower())).first()


def lost_notices(store: Store) -> list[tuple[int | None, datetime, str]]:
    """Notices to the team that failed for good: (volunteer id, when, error), oldest first."""
    found = []
    with store.reading() as s:
        items = s.scalars(select(OutboxItem).where(
            OutboxItem.kind == "notice", OutboxItem.status.in_(("failed", "bounced")))
            .order_by(OutboxItem.id)).all()
        for item in items:
            try:
                rcpt = store.vault.decrypt_text(item.key_id, item.rcpt_enc)
            except Exception:  # a key that is gone or a damaged row: no one to name
                rcpt = ""
            volunteer = _volunteer_for(store, rcpt) if rcpt else None
            found.append((volunteer.id if volunteer else None,
                          item.sent_at or item.created_at, item.last_error or item.status))
    return found


def next_due(store: Store) -> datetime | None:
    with store.reading() as s:
        return s.scalars(
            select(OutboxItem.next_attempt_at).where(OutboxItem.status == "pending",
                                                     OutboxItem.claimed_by.is_(None))
            .order_by(OutboxItem.next_attempt_at).limit(1)
        ).first()
