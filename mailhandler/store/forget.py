"""Removed volunteers and audit reasons: gone when they are no longer needed.

A removed volunteer used to be only deactivated: their address stayed in the
database, through every wipe. Now removal deletes the row, unless rows of kept
conversations still point at it (the aliases that must stay ended, the Message-IDs
that thread): then the row stays as an anonymous stub (no address, no nickname) until
the purge or the wipe has removed those conversations, and is deleted then. The
annual report needs nothing of a volunteer.

An audit reason is free text a coordinator typed, and may name the help-seeker; the
wipe keeps when, who (the operator), which pseudonym and what kind of read, and
blanks the reason.
"""

from __future__ import annotations

from sqlalchemy import exists, func, select, update
from sqlalchemy.orm import Session

from mailhandler.store.db import utcnow
from mailhandler.store.models import Alias, AuditEntry, Conversation, MessageLink, Volunteer

# A stub's address: unique (the column is), and no mail address.
_STUB = "removed:"


def _referenced(s: Session, volunteer_id: int) -> bool:
    """Whether a kept row still points at this volunteer (the foreign keys to volunteers)."""
    return any(bool(s.scalar(select(ref))) for ref in (
        exists().where(Alias.volunteer_id == volunteer_id),
        exists().where(MessageLink.volunteer_id == volunteer_id),
        exists().where(Conversation.owner_id == volunteer_id)))


def remove_volunteer(s: Session, volunteer: Volunteer) -> int:
    """Remove `volunteer`: their conversations back to the team, their aliases ended,
    their row deleted (or a stub while kept conversations need it). Returns how many
    reply addresses ended."""
    s.execute(update(Conversation).where(Conversation.owner_id == volunteer.id)
              .values(owner_id=None))
    live = (Alias.volunteer_id == volunteer.id, Alias.revoked_at.is_(None))
    ended = int(s.scalar(select(func.count()).select_from(Alias).where(*live)) or 0)
    s.execute(update(Alias).where(*live).values(revoked_at=utcnow()))
    _forget(s, volunteer)
    return ended


def _forget(s: Session, volunteer: Volunteer) -> None:
    s.flush()
    if _referenced(s, volunteer.id):
        volunteer.address = f"{_STUB}{volunteer.id}"
        volunteer.nickname = ""
        volunteer.active, volunteer.coordinator, volunteer.unaligned_ok = False, False, None
    else:
        s.delete(volunteer)
    s.flush()


def forget_removed_volunteers(s: Session) -> int:
    """Delete the stubs nothing points at any more; make a stub of every removed volunteer
    an older version left with an address. Returns how many rows were deleted."""
    removed = list(s.scalars(select(Volunteer).where(Volunteer.active.is_(False))))
    before = len(removed)
    for volunteer in removed:
        _forget(s, volunteer)
    left = int(s.scalar(select(func.count()).select_from(Volunteer)
                        .where(Volunteer.active.is_(False))) or 0)
    return before - left


def blank_audit_reasons(s: Session) -> int:
    """The wipe's part of the audit log: every reason blanked, the rest kept."""
    result = s.execute(update(AuditEntry).where(AuditEntry.reason.is_not(None))
                       .values(reason=None))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


