"""Applying the duty decisions: who a help-seeker's mail goes to, what an answer's
`#teruggeven` / `#sluiten` do, and giving a conversation to someone new.

The decisions are core/duty's. Whom a help-seeker's mail goes to is read with its
forward's snapshot (store/duty.forward_plan), what an owner's answer does is decided by
handlers/volunteer; this module applies both, and makes the duty job's and the CLI's
changes. A new owner gets the help-seeker's last mails (core/duty.HISTORY), each as a
forward through their own alias, so they can pick the conversation up without asking the
young person to tell it all again; the earlier volunteer's answers are not resent
(coordinators can read them in the transcript).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from mailhandler.config import Config
from mailhandler.core.decision import AnswerChange
from mailhandler.core.duty import (
    CLOSE,
    HAND_BACK,
    HISTORY,
    choose,
    parse_roster,
)
from mailhandler.core.message import UnreadableMail
from mailhandler.handlers import Context
from mailhandler.handlers.notices import notify
from mailhandler.handlers.parsed import read_mail
from mailhandler.store import conversations
from mailhandler.store import duty as store_duty
from mailhandler.store.inbox import Transaction
from mailhandler.store.models import Conversation, Volunteer

log = logging.getLogger("mailhandler.duty")


class Duty:
    """The duty settings and the team as they are now, read once per decision."""

    def __init__(self, ctx: Context, s: Transaction, now: datetime) -> None:
        self.ctx, self.s, self.now = ctx, s, now
        self.roster = parse_roster(ctx.cfg.duty.roster)
        self.team = store_duty.members(s)
        self.local = now.replace(tzinfo=UTC).astimezone(ctx.cfg.helpline.tz)

    def refresh(self) -> None:
        self.team = store_duty.members(self.s)

    def choose(self, exclude: tuple[int, ...] = (), prefer: int | None = None) -> int | None:
        return choose(self.team, self.roster, self.local,
                      self.ctx.cfg.duty.max_open_per_volunteer, exclude, prefer)

    def coordinators(self) -> list[Volunteer]:
        """The coordinators on duty; all of them when none is."""
        coords = [m for m in self.team if m.coordinator]
        on = [m for m in coords if m.on_duty(self.roster, self.local)] or coords
        return [v for v in (store_duty.volunteer(self.s, m.id) for m in on) if v is not None]


def rules(cfg: Config) -> store_duty.DutyRules:
    """The duty settings a forward's snapshot reads its plan with (store/duty.forward_plan)."""
    return store_duty.DutyRules(parse_roster(cfg.duty.roster), cfg.helpline.tz,
                                cfg.duty.max_open_per_volunteer)


def forward_history(ctx: Context, s: Transaction, conv: Conversation, to: list[Volunteer],
                    now: datetime) -> int:
    """The help-seeker's last stored mails again, to `to` only; how many forwards.

    Each is decided like any forward (handlers/seeker.decide_forwards) from a snapshot
    read in this transaction, and applied in it: a rare step (a new owner), so composing
    here, under the caller's lock, is the price of giving the conversation out at once.
    """
    from mailhandler.handlers.seeker import decide_forwards  # seeker's runner calls us

    sent = 0
    for item in store_duty.history(s, conv, HISTORY):
        raw, envelope = ctx.store.open_inbound(item)
        try:
            mail = read_mail(raw, envelope, ctx.cfg)
        except UnreadableMail:
            continue
        snap = conversations.forward_snapshot(ctx.store, s, conv.id, now)
        decision = decide_forwards(
            ctx.settings, mail, snap,
            new_conversation=bool(item.new_conversation),
            unverified=bool(item.sender_unverified), now=now, to=tuple(v.id for v in to))
        conversations.apply(ctx.store, s, decision, now)
        sent += len(decision.mails)
    return sent


def send_history(ctx: Context, s: Transaction, conversation_id: int, volunteer_id: int,
                 now: datetime) -> int:
    """A help-seeker's mail gave its conversation to a new owner (store/duty.forward_plan):
    they get its last mails first, then this one. Looked for first: a new conversation,
    the usual case, has none, and then neither it nor the owner is read."""
    if not store_duty.has_history(s, conversation_id):
        return 0
    conv = store_duty.conversation(s, conversation_id)
    volunteer = store_duty.volunteer(s, volunteer_id)
    if conv is None or volunteer is None:
        return 0
    return forward_history(ctx, s, conv, [volunteer], now)


def _tell(ctx: Context, s: Transaction, conv: Conversation, to: list[Volunteer], why: str,
          now: datetime) -> None:
    """Why a conversation that was someone else's lands in their mailbox (pseudonym only)."""
    for volunteer in to:
        notify(ctx, s, "notice_given", volunteer.address, conv.id, now,
               pseudonym=conv.pseudonym, why=why, hours=ctx.cfg.duty.answer_within_hours)


def give(ctx: Context, s: Transaction, conv: Conversation, volunteer: Volunteer, now: datetime,
         escalation: int | None = None, why: str | None = None) -> int:
    """Make `volunteer` the one this conversation is with, and send them its last mails;
    `why` (escalated, handed_back, assigned): it was someone else's, and they are told."""
    store_duty.set_owner(conv, volunteer.id, now, escalation)
    if why is not None:
        _tell(ctx, s, conv, [volunteer], why, now)
    return forward_history(ctx, s, conv, [volunteer], now)


def to_coordinators(ctx: Context, s: Transaction, conv: Conversation, duty: Duty,
                    now: datetime) -> int:
    """Nobody answered in time: the coordinators get it; the first to answer owns it."""
    store_duty.set_owner(conv, None, now, escalation=2)
    coordinators = duty.coordinators()
    if not coordinators:
        log.warning("conversation %s waits too long and there is no coordinator to tell",
                    conv.pseudonym)
    _tell(ctx, s, conv, coordinators, "coordinators", now)
    return forward_history(ctx, s, conv, coordinators, now)


def apply_answer(ctx: Context, s: Transaction, conversation_id: int | None,
                 change: AnswerChange | None, now: datetime) -> None:
    """Apply what a volunteer's answer decided (handlers/volunteer) for duty."""
    if change is None or conversation_id is None:
        return
    conv = store_duty.conversation(s, conversation_id)
    volunteer = store_duty.volunteer(s, change.volunteer_id)
    if conv is not None and volunteer is not None:
        after_answer(ctx, s, conv, volunteer, change.commands, change.relayed, now)


def after_answer(ctx: Context, s: Transaction, conv: Conversation, volunteer: Volunteer,
                 commands: frozenset[str], relayed: bool, now: datetime) -> None:
    """An answer by the owner: the help-seeker no longer waits; then its commands."""
    if relayed:
        conv.waiting_since = None
        conv.escalation = 0
        conv.assigned_at = now
    if CLOSE in commands:
        store_duty.close(s, conv, now)
        log.info("conversation %s closed by its volunteer", conv.pseudonym)
        return
    if HAND_BACK in commands:
        # At once to a colleague on duty with room, with the help-seeker's last mails; when
        # there is none, it waits unowned: in the queue if the help-seeker waits, else until
        # their next mail.
        store_duty.set_owner(conv, None, now, escalation=0)
        log.info("conversation %s handed back", conv.pseudonym)
        duty = Duty(ctx, s, now)
        # A privacy question never goes to a volunteer: unowned, the coordinators get it.
        on_duty = conv.kind == store_duty.HELP
        chosen = duty.choose(exclude=(volunteer.id,)) if on_duty else None
        other = store_duty.volunteer(s, chosen)
        if other is not None:
            give(ctx, s, conv, other, now, why="handed_back")


def reassign(ctx: Context, s: Transaction, conv: Conversation, volunteer: Volunteer,
             now: datetime) -> int:
    """A coordinator gives the conversation to `volunteer` (the CLI audits it). A previous
    owner's later answer is held and they are told it was taken (handlers/volunteer)."""
    if conv.closed_at is not None:
        store_duty.reopen(s, conv)
    return give(ctx, s, conv, volunteer, now, escalation=0, why="assigned")
