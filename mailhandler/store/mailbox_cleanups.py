"""Volunteers' mailboxes still to be cleaned (jobs/mailboxes): recorded with the purge and
the wipe, taken when due, and marked done or failed.

The cleaning itself (IMAP) is jobs/mailboxes'; every read and write of `mailbox_cleanups`
is here. The configuration is handed in as plain functions (whose mailbox is on the
server, a volunteer's alias address), so the store does not read the config.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, update

from mailhandler.core import aliases
from mailhandler.store.db import open_database, session_factory, utcnow
from mailhandler.store.inbox import Transaction
from mailhandler.store.models import (
    Alias,
    Conversation,
    MailboxCleanup,
    MessageLink,
    OutboxItem,
    Volunteer,
)
from mailhandler.store.repository import Store

# Whether a volunteer's address has its mailbox on the helpline's server (config).
Holds = Callable[[str], bool]
# A volunteer's alias address from the conversation's seed, their id and the generation.
AliasAddress = Callable[[str, int, int], str]


def mailbox_volunteers(s: Transaction, holds: Holds) -> list[Volunteer]:
    """Everyone whose mailbox is on the server, removed volunteers too: their copies stay."""
    return [v for v in s.scalars(select(Volunteer).order_by(Volunteer.id)) if holds(v.address)]


def first_mailbox_volunteer(database: str, holds: Holds) -> tuple[int, str] | None:
    """For `check-config`: the first registered volunteer with a mailbox on the server
    (id, address), read with an engine of its own; None when there is none."""
    engine = open_database(database)
    try:
        with session_factory(engine)() as s:
            found = mailbox_volunteers(s, holds)
    finally:
        engine.dispose()
    return (found[0].id, found[0].address) if found else None


def record_purge(s: Transaction, conversation_ids: Iterable[int], holds: Holds,
                 alias_address: AliasAddress) -> int:
    """In the purge's transaction, before the conversations go: what their mails carry.

    Returns the number of mailboxes to clean."""
    ids = list(conversation_ids)
    if not ids:
        return 0
    message_ids = set(s.scalars(select(OutboxItem.message_id).where(
        OutboxItem.conversation_id.in_(ids), OutboxItem.message_id.is_not(None))))
    message_ids |= set(s.scalars(select(MessageLink.our_message_id).where(
        MessageLink.conversation_id.in_(ids))))
    seeds = {conv_id: seed for conv_id, seed in s.execute(
        select(Conversation.id, Conversation.token).where(Conversation.id.in_(ids))).tuples()}
    alias_of: dict[int, set[str]] = defaultdict(set)
    for conv_id, volunteer_id, generation in s.execute(
            select(Alias.conversation_id, Alias.volunteer_id, Alias.generation)
            .where(Alias.conversation_id.in_(ids), Alias.volunteer_id.is_not(None))).tuples():
        seed = seeds.get(conv_id)
        if seed and not aliases.is_legacy_token(seed) and volunteer_id is not None:
            alias_of[volunteer_id].add(alias_address(seed, volunteer_id, generation))
    now = utcnow()
    volunteers = mailbox_volunteers(s, holds)
    for volunteer in volunteers:
        needles = sorted({m.lower() for m in message_ids if m} | alias_of[volunteer.id])
        s.add(MailboxCleanup(volunteer_id=volunteer.id, job="purge", needles=json.dumps(needles),
                             created_at=now, attempts=0, next_attempt_at=now))
    return len(volunteers)


def record_wipe(s: Transaction, holds: Holds) -> int:
    """In the wipe's transaction: every mailbox on the server loses all the helpline's mail.

    Pending purge records are superseded (the wipe takes what they would)."""
    s.execute(delete(MailboxCleanup))
    now = utcnow()
    volunteers = mailbox_volunteers(s, holds)
    for volunteer in volunteers:
        s.add(MailboxCleanup(volunteer_id=volunteer.id, job="wipe", needles="[]", created_at=now,
                             attempts=0, next_attempt_at=now))
    return len(volunteers)


def still_stored(store: Store, message_ids: list[str], lookups: list[str]) -> bool:
    """Whether one of our Message-IDs or alias lookups is still stored (mail since the wipe)."""
    with store.reading() as s:
        if message_ids and (s.scalar(select(func.count()).select_from(OutboxItem)
                                     .where(OutboxItem.message_id.in_(message_ids)))
                            or s.scalar(select(func.count()).select_from(MessageLink)
                                        .where(MessageLink.our_message_id.in_(message_ids)))):
            return True
        return bool(lookups) and bool(s.scalar(
            select(func.count()).select_from(Alias).where(Alias.lookup.in_(lookups))))


@dataclass(frozen=True)
class Cleanup:
    """One volunteer's mailbox to clean: what its records ask for, and whose it is."""

    volunteer_id: int
    ids: tuple[int, ...]  # its records
    needles: frozenset[str]
    wipe: bool  # all the helpline's mail, not only the needles
    attempts: int  # the most any of its records was tried
    address: str
    active: bool


def due_cleanups(store: Store, now: datetime, due_only: bool = True) -> list[Cleanup]:
    """The mailboxes whose records are due (every one waiting, with due_only False)."""
    query = select(MailboxCleanup).order_by(MailboxCleanup.id)
    if due_only:
        query = query.where(MailboxCleanup.next_attempt_at <= now)
    with store.reading() as s:
        rows = list(s.scalars(query))
        team = {v.id: (v.address, v.active) for v in s.scalars(select(Volunteer).where(
            Volunteer.id.in_({r.volunteer_id for r in rows})))}
    by_volunteer: dict[int, list[MailboxCleanup]] = defaultdict(list)
    for row in rows:
        by_volunteer[row.volunteer_id].append(row)
    return [Cleanup(volunteer_id, tuple(r.id for r in mine),
                    frozenset(n for r in mine for n in json.loads(r.needles or "[]")),
                    any(r.job == "wipe" for r in mine), max(r.attempts for r in mine),
                    *team[volunteer_id])
            for volunteer_id, mine in by_volunteer.items()]


def cleanup_done(store: Store, ids: Iterable[int]) -> None:
    """The mailbox is clean (or gone): its records go."""
    with store.transaction() as s:
        s.execute(delete(MailboxCleanup).where(MailboxCleanup.id.in_(list(ids))))


def cleanup_failed(store: Store, ids: Iterable[int], attempts: int, next_attempt_at: datetime,
                   error: str) -> None:
    """Record a failed try: when to try next, and the kind of error (never its text)."""
    with store.transaction() as s:
        s.execute(update(MailboxCleanup).where(MailboxCleanup.id.in_(list(ids)))
                  .values(attempts=attempts, next_attempt_at=next_attempt_at,
                          last_error=error[:80]))


def pending_cleanups(s: Transaction, now: datetime) -> tuple[int, int, datetime | None]:
    """For `status`: mailboxes waiting to be cleaned, of which failed before, oldest since."""
    pending = int(s.scalar(select(func.count(func.distinct(MailboxCleanup.volunteer_id)))) or 0)
    failing = int(s.scalar(select(func.count(func.distinct(MailboxCleanup.volunteer_id)))
                           .where(MailboxCleanup.attempts > 0)) or 0)
    oldest = s.scalar(select(func.min(MailboxCleanup.created_at)))
    return pending, failing, oldest
