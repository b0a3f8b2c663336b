"""The duty queries: the snapshot core/duty decides on, and the rows its decisions change.

Kept apart from repository.py so the rules of who gets what live in one place each:
the choice in core/duty, the reads and writes here, the forwards in handlers/duty.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo
from typing import Protocol

from sqlalchemy import exists, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from mailhandler.core.decision import DutyPlan
from mailhandler.core.duty import Member, Shift, Waiting, choose
from mailhandler.store.models import Contact, Conversation, InboundMail, InboundRaw, Volunteer
from mailhandler.store.repository import reachable

HELP = "help"


def _open_help() -> tuple:  # type: ignore[type-arg]
    return (Conversation.kind == HELP, Conversation.closed_at.is_(None))


def members(s: Session) -> list[Member]:
    """Every active, reachable volunteer and coordinator, with what they hold now."""
    held: dict[int | None, int] = {owner: count for owner, count in s.execute(
        select(Conversation.owner_id, func.count())
        .where(*_open_help(), Conversation.owner_id.is_not(None))
        .group_by(Conversation.owner_id))}
    last: dict[int | None, datetime | None] = {owner: at for owner, at in s.execute(
        select(Conversation.owner_id, func.max(Conversation.assigned_at))
        .where(Conversation.owner_id.is_not(None))
        .group_by(Conversation.owner_id))}
    team = s.scalars(select(Volunteer).where(Volunteer.active.is_(True)).order_by(Volunteer.id))
    return [Member(id=v.id, address=v.address, nickname=v.nickname,
                   coordinator=bool(v.coordinator), pinned=v.on_duty,
                   open=int(held.get(v.id, 0)), last_given=last.get(v.id))
            for v in team if reachable(v)]


def usable(s: Session, volunteer_id: int | None) -> Volunteer | None:
    """The volunteer, when mail can still go to them (active, a writable address)."""
    if volunteer_id is None:
        return None
    volunteer = s.get(Volunteer, volunteer_id)
    if volunteer is None or not volunteer.active or not reachable(volunteer):
        return None
    return volunteer


def set_owner(conv: Conversation, volunteer_id: int | None, now: datetime,
              escalation: int | None = None) -> None:
    conv.owner_id = volunteer_id
    conv.assigned_at = now if volunteer_id is not None else conv.assigned_at
    if escalation is not None:
        conv.escalation = escalation


def waiting(conv: Conversation) -> Waiting:
    return Waiting(conv.id, bool(conv.urgent), conv.waiting_since, conv.created_at)


def queued(s: Session) -> list[Conversation]:
    """Help conversations nobody has and somebody waits on, not yet with the coordinators."""
    return list(s.scalars(select(Conversation).where(
        *_open_help(), Conversation.owner_id.is_(None),
        Conversation.waiting_since.is_not(None),
        func.coalesce(Conversation.escalation, 0) < 2)))


def unanswered(s: Session) -> list[Conversation]:
    """Open help conversations whose help-seeker waits for an answer, with or without owner."""
    return list(s.scalars(select(Conversation).where(
        *_open_help(), Conversation.waiting_since.is_not(None))))


def idle_since(s: Session, before: datetime) -> list[Conversation]:
    return list(s.scalars(select(Conversation).where(
        Conversation.closed_at.is_(None), Conversation.last_activity_at <= before)))


def close(s: Session, conv: Conversation, now: datetime) -> None:
    """Closed: off its volunteer's count and out of the queue; the owner stays on record
    so a reopened conversation can go back to them."""
    conv.closed_at = now
    conv.waiting_since = None
    contact = s.get(Contact, conv.contact_id) if conv.contact_id else None
    if contact is not None:
        contact.closed = True


def reopen(s: Session, conv: Conversation) -> None:
    conv.closed_at = None
    conv.escalation = 0
    contact = s.get(Contact, conv.contact_id) if conv.contact_id else None
    if contact is not None:
        contact.closed = False


def _seeker_mail_of(conversation_id: int) -> tuple:  # type: ignore[type-arg]
    return (InboundMail.conversation_id == conversation_id,
            exists().where(InboundRaw.inbound_id == InboundMail.id),
            # done: a mail still "forwarding" gets its own forward to the owner
            InboundMail.status == "done",
            InboundMail.seeker_mail.is_(True))


def has_history(s: Session, conversation_id: int) -> bool:
    """Whether the conversation has any mail a new owner would get again (seeker_mails),
    its rows not read: a new conversation, the usual case, has none."""
    return s.scalar(select(InboundMail.id).where(*_seeker_mail_of(conversation_id))
                    .limit(1)) is not None


def seeker_mails(s: Session, conv: Conversation, limit: int) -> list[InboundMail]:
    """The help-seeker's last `limit` stored mails of this conversation, oldest first
    (what a new owner gets again)."""
    query = (select(InboundMail).where(*_seeker_mail_of(conv.id))
             .order_by(InboundMail.id.desc()))
    return list(reversed(list(s.scalars(query.limit(limit)))))


@dataclass(frozen=True)
class QueueRow:
    """One line of `mailhandler queue`: nothing that identifies anyone but a pseudonym and
    a volunteer's nickname, and no content."""

    pseudonym: str
    kind: str
    urgent: bool
    waiting_since: datetime | None
    created_at: datetime
    owner: str | None
    escalation: int
    closed: bool
    id: int


def queue_rows(s: Session, include_closed: bool = False) -> list[QueueRow]:
    query = (select(Conversation.id, Conversation.pseudonym, Conversation.kind,
                    Conversation.urgent, Conversation.waiting_since, Conversation.created_at,
                    Volunteer.nickname, Conversation.escalation, Conversation.closed_at)
             .outerjoin(Volunteer, Volunteer.id == Conversation.owner_id))
    if not include_closed:
        query = query.where(Conversation.closed_at.is_(None))
    return [QueueRow(pseudonym=p, kind=k, urgent=bool(u), waiting_since=w, created_at=c,
                     owner=n, escalation=int(e or 0), closed=cl is not None, id=i)
            for i, p, k, u, w, c, n, e, cl in s.execute(query)]


def by_pseudonym(s: Session, pseudonym: str) -> Conversation | None:
    return s.scalar(select(Conversation).where(
        func.upper(Conversation.pseudonym) == pseudonym.strip().upper()))


@dataclass(frozen=True)
class DutyRules:
    """The duty settings a forward's plan needs (from [duty] and the helpline's zone)."""

    roster: tuple[Shift, ...]
    tz: tzinfo
    max_open: int


class PlanFacts(Protocol):
    """What forward_plan reads of a conversation: an ORM row or a Core row alike."""

    kind: str
    owner_id: int | None
    closed_at: datetime | None
    escalation: int | None
    waiting_since: datetime | None


def forward_plan(s: Session, conv: Conversation, rules: DutyRules, now: datetime,
                 blocked: bool) -> DutyPlan:
    """Whom a help-seeker's mail in `conv` goes to under duty, read only (the decision's
    snapshot): plan_for over the team as it is now (members)."""
    return plan_for(conv, members(s), rules, now, blocked)


def plan_for(conv: PlanFacts, team: list[Member], rules: DutyRules, now: datetime,
             blocked: bool) -> DutyPlan:
    """Whom a help-seeker's mail in `conv` goes to under duty, given `team` (members: every
    active, reachable volunteer with what they hold): its owner while usable (on the
    team); the coordinators once escalated that far; else the volunteer chosen now (who
    first gets its last mails), or nobody: it waits in the queue. No database: the
    forward's snapshot reads the team once (store/conversations.forward_read).

    A closed conversation whose writer writes again is reopened and given out like a new
    one, to its previous volunteer when they are on duty and have room. A blocked sender's
    mail changes nothing here: it reaches no volunteer, now or from the queue.
    """
    roster = rules.roster
    local = now.replace(tzinfo=UTC).astimezone(rules.tz)
    coords = [m for m in team if m.coordinator]
    on = [m for m in coords if m.on_duty(roster, local)] or coords
    coordinators = tuple(m.id for m in on)
    help_on_duty = conv.kind == HELP  # privacy questions: coordinators, the usual rule
    if blocked:
        return DutyPlan(() if help_on_duty else None, coordinators, conv.owner_id)
    reopen = conv.closed_at is not None
    previous, owner, escalation = None, conv.owner_id, conv.escalation or 0
    if reopen:
        escalation = 0
        if help_on_duty:  # a privacy question: its owner (a coordinator) keeps it
            previous, owner = owner, None
    base = DutyPlan(None, coordinators, conv.owner_id, reopen=reopen,
                    clear_owner=reopen and help_on_duty, wait=conv.waiting_since is None)
    if not help_on_duty:
        return base
    # usable(owner): active and reachable, which is what `team` holds.
    if owner is not None and any(m.id == owner for m in team):
        return replace(base, recipients=(owner,))
    if escalation >= 2:
        return replace(base, recipients=coordinators)
    chosen = choose(team, roster, local, rules.max_open, prefer=previous)
    if chosen is None:
        return replace(base, recipients=())  # waits in the queue (jobs/duty gives it out)
    return replace(base, recipients=(chosen,), give_to=chosen)


def apply_plan(s: Session, conversation_id: int, plan: DutyPlan, now: datetime) -> None:
    """Write what a forward's duty plan changes, guarded: if the owner is no longer the one
    it was planned from (the duty job gave the conversation out meanwhile), StaleOwner.

    One conditional UPDATE (the owner it was planned from in its WHERE), which also locks
    the row on PostgreSQL till the transaction ends, as the SELECT ... FOR UPDATE that
    read the row before did; a conversation it finds nothing of is then looked up to
    tell "gone" (nothing to do) from "given out meanwhile" (StaleOwner)."""
    values: dict[str, object] = {"owner_id": Conversation.owner_id}  # at least a lock
    if plan.reopen:
        values.update(closed_at=None, escalation=0)
    if plan.clear_owner:
        values["owner_id"] = None
    if plan.wait:
        values["waiting_since"] = func.coalesce(Conversation.waiting_since, now)
    if plan.give_to is not None:
        values.update(owner_id=plan.give_to, assigned_at=now)
    owner = (Conversation.owner_id.is_(None) if plan.owner is None
             else Conversation.owner_id == plan.owner)
    row = s.execute(update(Conversation).where(Conversation.id == conversation_id, owner)
                    .values(values).returning(Conversation.contact_id)
                    .execution_options(synchronize_session=False)).first()
    expire_loaded(s, Conversation, conversation_id)
    if row is None:
        if s.scalar(select(Conversation.id).where(Conversation.id == conversation_id)):
            raise StaleOwner
        return
    if plan.reopen and row.contact_id is not None:
        s.execute(update(Contact).where(Contact.id == row.contact_id).values(closed=False)
                  .execution_options(synchronize_session=False))
        expire_loaded(s, Contact, row.contact_id)


def expire_loaded(s: Session, model: type, row_id: object) -> None:
    """A row changed by a Core UPDATE: its ORM copy in this session, if one is loaded, is
    read again when next used (the update did not go through it)."""
    loaded = s.identity_map.get(identity_key(model, row_id))
    if loaded is not None:
        s.expire(loaded)


class StaleOwner(Exception):
    """The conversation's owner changed since the plan was read: decide again."""


# --- by number, for the duty job and handlers/duty (they hold the transaction) ------------

def conversation(s: Session, conversation_id: int) -> Conversation | None:
    return s.get(Conversation, conversation_id)


def volunteer(s: Session, volunteer_id: int | None) -> Volunteer | None:
    """The volunteer's row (whoever it is: the caller checks what it needs); None for None."""
    return s.get(Volunteer, volunteer_id) if volunteer_id is not None else None


def still_queued(s: Session, conversation_id: int) -> Conversation | None:
    """The conversation, locked and read afresh, if it still waits in the queue (nobody
    has it, not closed): given out as it was after the lock, or not at all."""
    conv = s.get(Conversation, conversation_id, with_for_update=True, populate_existing=True)
    if conv is None or conv.owner_id is not None or conv.closed_at is not None:
        return None
    return conv


def history(s: Session, conv: Conversation, limit: int) -> list[InboundMail]:
    """The help-seeker's last `limit` mails (seeker_mails), with what this transaction
    changed so far written first, so the read sees it."""
    s.flush()
    return seeker_mails(s, conv, limit)
