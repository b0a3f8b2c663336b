"""Blocks: a coordinator keeps a help-seeker who harasses volunteers away from them.

While a block holds, the sender's mail is stored as always (never lost, readable by
coordinators through `transcript show`) but reaches no volunteer and gets no
confirmation. A block names the sender by the keyed hash their conversation already
carries, never by address, so a new conversation from the same address is caught too.
Setting and lifting one are written to the audit log with the operator's reason, in the
same transaction, like every reveal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailhandler.store.db import utcnow
from mailhandler.store.models import AuditEntry, Block, Conversation
from mailhandler.store.repository import Store
from mailhandler.store.vault import KeyDestroyed

_PERIOD = re.compile(r"^\s*(\d{1,4})\s*([hdwy])\s*$")
_UNITS = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1),
          "y": timedelta(days=365)}
LONGEST = timedelta(days=5 * 365)
_ADDRESS = re.compile(r"\S+@\S+")


class ReasonRequired(ValueError):
    pass


def period(text: str) -> timedelta:
    """"24h", "7d", "2w", "5y" as a timedelta: from one hour to five years."""
    m = _PERIOD.match(text.lower())
    if not m:
        raise ValueError(f"{text!r} is not a period like 24h, 7d, 2w or 5y")
    length = int(m.group(1)) * _UNITS[m.group(2)]
    if not timedelta(hours=1) <= length <= LONGEST:
        raise ValueError(f"{text!r}: a block lasts from 1h to 5y")
    return length


@dataclass(frozen=True)
class Blocked:
    conversation: str
    until: datetime


def _audit(s: Session, operator: str, action: str, pseudonym: str, reason: str) -> None:
    if not reason.strip():
        raise ReasonRequired(f"{action} needs a reason (--reason)")
    # The reason is the operator's own words; an address typed into it is not kept.
    s.add(AuditEntry(at=utcnow(), operator=operator[:100], action=action,
                     conversation=pseudonym, reason=_ADDRESS.sub("[address]", reason.strip())))


def _conversation(s: Session, pseudonym: str) -> Conversation | None:
    return s.scalars(select(Conversation).where(
        Conversation.pseudonym == pseudonym.strip().upper())).first()


def _matches(store: Store, block: Block, conv: Conversation) -> bool:
    """Whether the block names this conversation's sender (under whichever key)."""
    if block.key_id == conv.key_id:
        return block.seeker_hash == conv.seeker_hash
    try:
        return block.seeker_hash == store.seeker_hash(block.key_id, store.seeker_address(conv))
    except KeyDestroyed:
        return False


def _holding(store: Store, s: Session, conv: Conversation, now: datetime) -> list[Block]:
    live = s.scalars(select(Block).where(Block.lifted_at.is_(None), Block.until > now))
    return [b for b in live if _matches(store, b, conv)]


def block(store: Store, pseudonym: str, length: timedelta, operator: str,
          reason: str) -> Blocked | None:
    """Block the sender of this conversation for `length`; None if there is no such
    conversation. A block already holding is replaced by this one."""
    now = utcnow()
    with store.transaction() as s:
        conv = _conversation(s, pseudonym)
        if conv is None:
            return None
        _audit(s, operator, "block", conv.pseudonym, reason)
        for earlier in _holding(store, s, conv, now):
            earlier.lifted_at = now
        s.add(Block(key_id=conv.key_id, seeker_hash=conv.seeker_hash,
                    conversation=conv.pseudonym, created_at=now, until=now + length))
        return Blocked(conv.pseudonym, now + length)


def unblock(store: Store, pseudonym: str, operator: str, reason: str) -> int | None:
    """Lift every block on this conversation's sender; how many, None without it."""
    now = utcnow()
    with store.transaction() as s:
        conv = _conversation(s, pseudonym)
        if conv is None:
            return None
        _audit(s, operator, "unblock", conv.pseudonym, reason)
        lifted = _holding(store, s, conv, now)
        for item in lifted:
            item.lifted_at = now
        return len(lifted)


def is_blocked(store: Store, s: Session, conv: Conversation, now: datetime) -> bool:
    """Whether a block holds on this conversation's sender at `now`."""
    return bool(_holding(store, s, conv, now))


def address_blocked(store: Store, s: Session, address: str, now: datetime) -> bool:
    """Whether a block holds on this sender at `now`: before their mail has a
    conversation (a new one from a blocked sender is caught too)."""
    live = s.scalars(select(Block).where(Block.lifted_at.is_(None), Block.until > now))
    for item in live:
        try:
            if item.seeker_hash == store.seeker_hash(item.key_id, address):
                return True
        except KeyDestroyed:
            continue
    return False


def blocks(store: Store, now: datetime | None = None) -> list[Blocked]:
    """The blocks holding now, for coordinators: pseudonym and end, never a sender."""
    with store.reading() as s:
        rows = s.scalars(select(Block).where(Block.lifted_at.is_(None),
                                             Block.until > (now or utcnow()))
                         .order_by(Block.until))
        return [Blocked(b.conversation, b.until) for b in rows]
