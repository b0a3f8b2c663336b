"""The inbox: stored mail waiting to be processed, its states and its attempts.

Every query of the incoming runner on the `inbound` table lives here. The states are
a StrEnum: stored as the same short strings as before, so existing databases and the
status/report queries that read them keep working.

A mail moves NEW -> FORWARDING -> DONE (a help-seeker's mail: confirmed, then
forwarded) or NEW -> DONE | QUARANTINED. Whether its first step opened a conversation
is stored as a fact of its own (`new_conversation`), as are whether its sender was
unverified, whether it is a help-seeker's own mail of the conversation (`seeker_mail`)
and whether it is an answer held for failed authentication (`held_answer`): nothing is
read back from the outcome text, which is a log code cut to 40 characters.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import NamedTuple, cast

from sqlalchemy import Table, Update, bindparam, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from mailhandler.core.decision import InboxState
from mailhandler.store.db import utcnow
from mailhandler.store.models import Conversation, InboundMail
from mailhandler.store.repository import Envelope, Store
from mailhandler.store.vault import KeyDestroyed, KeyMissing

__all__ = ["InboxState", "KeyDestroyed", "KeyMissing", "StoredMail", "Transaction"]

# An open transaction of the store. Outside store/ it is only handed on, never used.
Transaction = Session

OUTCOME_LENGTH = 40  # the column's width


@dataclass(frozen=True)
class StoredMail:
    """One stored mail as its step reads it: decrypted, with what its first step found."""

    inbound_id: int
    raw: bytes
    envelope: Envelope
    outcome: str
    conversation_id: int | None
    new_conversation: bool
    sender_unverified: bool


# A mail larger than this may take many seconds to clean (a 24 MB HTML mail: ~35 s).
BIG_MAIL_BYTES = 1024 * 1024


class Pending(NamedTuple):
    inbound_id: int
    big: bool  # over BIG_MAIL_BYTES: the runner looks for smaller mail again after it


def pending(store: Store, limit: int = 100,
            state: InboxState = InboxState.NEW) -> list[Pending]:
    """The mails in `state` in the order they are to be taken: forwards of urgent
    conversations first, then mails up to BIG_MAIL_BYTES before bigger ones, each
    oldest first. Nobody's mail waits for someone else's: tried from outside, eight
    24 MB HTML mails sent in 26 s held a young person's confirmation back a minute and
    their forward five."""
    big = InboundMail.size > BIG_MAIL_BYTES
    query = select(InboundMail.id, big).where(InboundMail.status == state)
    if state == InboxState.FORWARDING:
        query = query.outerjoin(Conversation, Conversation.id == InboundMail.conversation_id) \
            .order_by(func.coalesce(Conversation.urgent, False).desc())
    with store.reading() as s:
        rows = s.execute(query.order_by(big, InboundMail.id).limit(limit))
        return [Pending(inbound_id, bool(is_big)) for inbound_id, is_big in rows]


def read(store: Store, inbound_id: int, state: InboxState) -> StoredMail | None:
    """The mail, decrypted, if it is (still) in `state`; a short read, no lock held."""
    with store.reading() as s:
        # The row is small: the mail itself is in a row of its own (inbound_raw), read
        # by Store.open_inbound, a big one a chunk at a time.
        item = s.get(InboundMail, inbound_id)
        if item is None or item.status != state:
            return None
        raw, envelope = store.open_inbound(item, s)
        # Facts, never the outcome text (a mail of an earlier version: revision 0002).
        return StoredMail(inbound_id, raw, envelope, item.outcome or "", item.conversation_id,
                          bool(item.new_conversation), bool(item.sender_unverified))


def is_in(s: Session, inbound_id: int, state: InboxState) -> bool:
    """Whether the mail is still in `state`, its row locked till the transaction ends
    (PostgreSQL; SQLite's one writer holds everything already). Its state alone is read:
    the row's other columns, the mail among them, are not needed to say so."""
    status = s.scalar(select(InboundMail.status).where(InboundMail.id == inbound_id)
                      .with_for_update())
    return status == state


@functools.cache
def _advance_statement(names: tuple[str, ...]) -> Update:
    """advance()'s UPDATE for this set of columns, built once: building a statement costs
    more CPU than SQLite takes to run it (issue 19), and a few sets are all there are."""
    table = cast(Table, InboundMail.__table__)
    return update(table).where(table.c.id == bindparam("row_id")).values(
        {name: bindparam(f"new_{name}") for name in names})


def advance(s: Session, inbound_id: int, state: InboxState, outcome: str,
            conversation_id: int | None, new_conversation: bool | None = None,
            sender_unverified: bool | None = None, held_answer: bool | None = None,
            seeker_mail: bool | None = None) -> None:
    """Record what a step decided: the mail's next state, its outcome, its conversation.
    One UPDATE, the row not read first (is_in has checked and locked it)."""
    values: dict[str, object] = {"status": state, "outcome": outcome[:OUTCOME_LENGTH],
                                 "processed_at": utcnow()}
    if conversation_id is not None:
        values["conversation_id"] = conversation_id
    if state == InboxState.FORWARDING:
        values["attempts"] = 0  # the forwards get their own tries
    for name, value in (("new_conversation", new_conversation),
                        ("sender_unverified", sender_unverified),
                        ("held_answer", held_answer), ("seeker_mail", seeker_mail)):
        if value is not None:
            values[name] = value
    done = s.execute(_advance_statement(tuple(values)),
                     {"row_id": inbound_id, **{f"new_{k}": v for k, v in values.items()}})
    assert done.rowcount == 1  # type: ignore[attr-defined]
    loaded = s.identity_map.get(identity_key(InboundMail, inbound_id))
    if loaded is not None:
        s.expire(loaded)


def count_attempt(store: Store, inbound_id: int, state: InboxState,
                  max_attempts: int) -> int | None:
    """Count an attempt before making it: its number, None if the mail is not (or no
    longer) in `state`. Past `max_attempts` the mail is quarantined here and then."""
    with store.transaction(durable=False) as s:
        # SKIP LOCKED (PostgreSQL): a mail another host is applying right now is left to
        # it, at once, instead of waiting for its write and then finding it done.
        free = (select(InboundMail.id).where(InboundMail.id == inbound_id,
                                             InboundMail.status == state)
                .with_for_update(skip_locked=True))
        attempts = s.execute(
            update(InboundMail).where(InboundMail.id.in_(free))
            .values(attempts=InboundMail.attempts + 1).returning(InboundMail.attempts)
        ).scalar()
        if attempts is not None and attempts > max_attempts:
            s.execute(update(InboundMail).where(InboundMail.id == inbound_id).values(
                status=InboxState.QUARANTINED, processed_at=utcnow(),
                outcome="failed" if state == InboxState.NEW else "forward failed"))
        return attempts


def uncount_attempt(store: Store, inbound_id: int, state: InboxState) -> None:
    """Give an attempt back: the step could not be taken for a reason not the mail's."""
    with store.transaction(durable=False) as s:
        s.execute(update(InboundMail)
                  .where(InboundMail.id == inbound_id, InboundMail.status == state,
                         InboundMail.attempts > 0)
                  .values(attempts=InboundMail.attempts - 1))


def quarantine(store: Store, inbound_id: int, state: InboxState, outcome: str) -> None:
    """Quarantine a mail still in `state` (its step was given up, nothing of it written)."""
    with store.transaction(durable=False) as s:
        s.execute(update(InboundMail).where(InboundMail.id == inbound_id,
                                            InboundMail.status == state).values(
            status=InboxState.QUARANTINED, processed_at=utcnow(),
            outcome=outcome[:OUTCOME_LENGTH]))


def accept_fetched(store: Store, raw: bytes, envelope: Envelope,
                   fetched: tuple[str, int, int]) -> int | None:
    """Commit a mail fetched by IMAP with its (mailbox, uidvalidity, uid); its number, or
    None when it is already stored: another daemon on the database committed that UID
    first (the unique key on `fetched` says so)."""
    try:
        return store.accept(raw, envelope, "imap", fetched=fetched)
    except IntegrityError:
        return None
