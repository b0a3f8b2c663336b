"""The team as the admin commands change it: `volunteer add|remove|list|on|off|roster`.

Every change is one Store.transaction(), under the store's write lock like every other
writer (the CLI used to write these rows on a session of its own). What a change must
not do (a nickname taken, a coordinator silently demoted) is the caller's rule
(admin/roster.py): it is asked inside the transaction, so the check and the write see
the same rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mailhandler.store import audit, forget
from mailhandler.store.db import utcnow
from mailhandler.store.models import Volunteer
from mailhandler.store.repository import Store


@dataclass(frozen=True)
class Registered:
    """A volunteer's row as the commands show and judge it."""

    address: str
    nickname: str
    coordinator: bool
    active: bool
    # None demands DMARC alignment; True is a logged exception (models.Volunteer).
    unaligned_ok: bool | None
    # True or False pinned by `volunteer on|off`; None follows the roster.
    on_duty: bool | None


def _registered(v: Volunteer) -> Registered:
    return Registered(v.address, v.nickname, v.coordinator, v.active, v.unaligned_ok, v.on_duty)


def active_list(store: Store) -> list[Registered]:
    """The active volunteers and coordinators, by nickname."""
    with store.reading() as s:
        rows = s.scalars(select(Volunteer).where(Volunteer.active.is_(True))
                         .order_by(Volunteer.nickname)).all()
        return [_registered(v) for v in rows]


def active_by_address(s: Session, address: str) -> Volunteer | None:
    """The active volunteer with exactly this (stored, lower-case) address, or None."""
    return s.scalars(select(Volunteer).where(Volunteer.address == address,
                                             Volunteer.active.is_(True))).first()


@dataclass(frozen=True)
class Registration:
    """What `register` did: refused (and why), or the row before it (None: a new one)."""

    refused: str | None
    before: Registered | None
    # The DMARC-alignment exception changed, and that was written to the audit log.
    exception_changed: bool


def register(store: Store, address: str, nickname: str, coordinator: bool,
             unaligned_ok: bool | None, *,
             refuse: Callable[[Registered | None, bool], str | None],
             operator: str, exception_reason: str) -> Registration:
    """Add the volunteer at `address`, or update (and reactivate) the row it has.

    `refuse(before, nickname_taken)` says why not, in one line, or None; nickname_taken
    is whether another active volunteer has `nickname` (in any case). A changed
    exception is written to the audit log with `exception_reason`, in the same
    transaction: never silent, since it weakens what proves an answer is theirs.
    """
    with store.transaction() as s:
        existing = s.scalars(select(Volunteer).where(Volunteer.address == address)).first()
        before = None if existing is None else _registered(existing)
        taken = s.scalars(select(Volunteer).where(
            func.lower(Volunteer.nickname) == nickname.strip().lower(),
            Volunteer.address != address, Volunteer.active.is_(True))).first() is not None
        problem = refuse(before, taken)
        if problem:
            return Registration(problem, before, False)
        if existing is None:
            existing = Volunteer(address=address, nickname=nickname, coordinator=coordinator,
                                 active=True, created_at=utcnow())
            s.add(existing)
        else:
            existing.nickname, existing.coordinator = nickname, coordinator
            existing.active = True
        existing.unaligned_ok = unaligned_ok
        changed = unaligned_ok != (None if before is None else before.unaligned_ok)
        if changed:
            audit.record(s, utcnow(), operator, "auth-exception", None, exception_reason)
        return Registration(None, before, changed)


@dataclass(frozen=True)
class Unregistered:
    nickname: str
    ended: int  # reply addresses ended (550 from now on)


def unregister(store: Store, address: str) -> Unregistered | None:
    """Remove the active volunteer at `address` (store/forget.py: their conversations back
    to the team, their reply addresses ended, their address deleted); None if there is
    no such volunteer."""
    with store.transaction() as s:
        volunteer = s.scalars(select(Volunteer).where(Volunteer.address == address)).first()
        if volunteer is None or not volunteer.active:
            return None
        nickname = volunteer.nickname
        return Unregistered(nickname, forget.remove_volunteer(s, volunteer))


def set_duty(store: Store, address: str, on_duty: bool | None) -> str | None:
    """Pin the active volunteer at `address` on (True) or off (False) duty, or let the
    roster decide again (None); their nickname, or None if there is no such volunteer."""
    with store.transaction() as s:
        volunteer = active_by_address(s, address)
        if volunteer is None:
            return None
        volunteer.on_duty = on_duty
        return volunteer.nickname
