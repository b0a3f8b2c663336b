"""The outgoing runner: delivers the outbox, marking an item sent only after the next hop's 250.

An item is claimed ("host:pid", until a lease runs out) in a committed
transaction before the delivery starts. A crash during delivery leaves it
pending: the next start on the same host releases the dead process's claims at
once, and any other daemon takes it over when the lease runs out. The one window
for a duplicate is a crash after the smarthost's 250 and before the "sent" commit.

The queue's reads and writes (claim, retry, sent, recover) are store/outbox's; this
module delivers, keeps the sent journal, and runs each lane's loop (Lane.run), which
the daemon only starts and stops.
"""

from __future__ import annotations

import errno
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from mailhandler.memory import give_back_if_big_mail_seen, note_mail
from mailhandler.outbound.transport import DeliveryError, Transport, is_about_message
from mailhandler.store import outbox
from mailhandler.store.db import utcnow
from mailhandler.store.outbox import (
    CONFIRMATIONS,
    OTHERS,
    UNREADABLE_ATTEMPTS,
    LostNotice,
    next_due,
    retry_delay,
)
from mailhandler.store.repository import Store
from mailhandler.throughput.sent_journal import SentJournal
from mailhandler.throughput.wakeup import Wakeup

log = logging.getLogger("mailhandler.outgoing")

# The lanes, the unreadable-item limit and the backoff are the queue's (store/outbox);
# they are named here too, where the daemon and the tests have always found them.
__all__ = ["CONFIRMATIONS", "OTHERS", "UNREADABLE_ATTEMPTS", "Lane", "SentJournal",
           "deliver_due", "lost_notices", "next_due", "recover", "replay",
           "report_lost_notice", "retry_delay", "run_loop"]


def replay(store: Store, journal: SentJournal) -> None:
    """Mark sent what a stopped process wrote in its journal, then empty the journal."""
    outbox.mark_sent(store, journal.entries())
    journal.clear()


def recover(store: Store, journal: SentJournal | None = None) -> int:
    """At start-up: free the claims of dead processes on this host, and make the queue due now.

    What a killed daemon had delivered (its journal) is marked sent first. A restart
    is when an admin expects the queue to move: items waiting out a backoff are tried
    at once, as are those a killed daemon was delivering.
    """
    if journal is not None:
        replay(store, journal)
    return outbox.release_dead_claims(store)


BATCH = 20


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
        batch = outbox.claim(store, utcnow(), min(BATCH, limit - tried), lane)
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
                outbox.failed(store, item.id, str(exc), exc.permanent)
                log.warning("outbox #%d (%s) not delivered: %s%s", item.id, item.kind, exc,
                            "" if exc.permanent else ", will retry")
                if exc.permanent and item.kind == "notice":
                    report_lost_notice(store, item.rcpt,
                                       f"smtp {exc.code}" if exc.code else "refused")
                continue
            at = utcnow()
            if journal is None:
                outbox.mark_sent(store, [(item.id, at)])
            elif _recorded(journal, item.id, at):
                sent.append((item.id, at))
            else:
                # The journal is the only trace of this 250 until the batch is marked:
                # without it a crash would send the mail again. The database, durably.
                outbox.mark_sent(store, [(item.id, at)], durable=True)
            log.info("outbox #%d (%s) delivered", item.id, item.kind)
            if outage.is_set():
                outage.clear()
                released = outbox.end_backoff(store, is_about_message)
                if released:
                    log.info("smarthost back: %d waiting item(s) due now", released)
        if journal is not None and sent:
            outbox.mark_sent(store, sent)
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
    volunteer = outbox.volunteer_for(store, rcpt)
    role = "coordinator" if volunteer is None or volunteer.coordinator else "volunteer"
    log.error("notice to %s #%s could not be delivered (%s)", role,
              volunteer.id if volunteer is not None else "?", reason)


def lost_notices(store: Store) -> list[LostNotice]:
    """Notices to the team that failed for good: (volunteer id, when, error), oldest first."""
    return outbox.lost_notices(store)


IDLE_SECONDS = 5.0


def run_loop(name: str, stopping: threading.Event, wake: Wakeup | threading.Event,
             work: Callable[[], float]) -> None:
    """A runner's loop: `work`, then sleep until woken or for as long as it said, until
    `stopping`. An error is logged by its type and the loop goes on (a runner must
    survive a broken database moment)."""
    while not stopping.is_set():
        try:
            wait = work()
        except Exception as exc:
            log.error("%s runner: %s, retrying", name, type(exc).__name__)
            wait = IDLE_SECONDS
        wake.wait(timeout=wait)
        wake.clear()


@dataclass
class Lane:
    """One delivery lane of the outgoing runner: its transport, its journal, its loop.

    The daemon runs one lane for everything, or two (confirmations on a connection of
    their own, CONFIRMATIONS, and the rest, OTHERS) sharing `outage`.
    """

    name: str
    store: Store
    transport: Transport
    lane: str | None  # CONFIRMATIONS, OTHERS or None (both)
    journal: SentJournal | None
    wake: Wakeup | threading.Event
    outage: threading.Event
    # Called when something was tried: a failed delivery may need a notice, which the
    # incoming runner writes; the confirmations' lane also wakes the forwards' lane.
    delivered: Callable[[], None]
    before: Callable[[], None] | None = None

    def step(self) -> float:
        """Deliver what is due; how long to sleep before looking again."""
        if self.before is not None:
            self.before()
        if deliver_due(self.store, self.transport, journal=self.journal, lane=self.lane,
                       outage=self.outage):
            self.delivered()
        give_back_if_big_mail_seen()  # the batch's messages are freed by now
        due = next_due(self.store)
        if due is None:
            self.transport.close()  # nothing to send: no connection kept open for nothing
            return IDLE_SECONDS
        return min(IDLE_SECONDS, max(0.05, (due - utcnow()).total_seconds()))

    def run(self, stopping: threading.Event) -> None:
        """The lane's loop, until `stopping` (the daemon's thread body)."""
        run_loop(self.name, stopping, self.wake, self.step)
