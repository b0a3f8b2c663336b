"""The duty job: nobody forgotten. Run by the scheduler every tick (a minute), and by
`volunteer on` at once, always with the time passed in, so tests move the clock.

In this order, in one transaction:
1. a conversation without mail either way for `close_after_days` is closed;
2. a help-seeker who waited `answer_within_hours` without an answer: their
   conversation goes to the next volunteer on duty with room (once), and when that
   does not help either, or nobody is free, to the coordinators;
3. conversations waiting in the queue are given out, urgent first, then the longest
   waiting, while volunteers on duty have room.
Steps 2 and 3 concern help conversations only; privacy questions stay with the
coordinators.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from mailhandler.core.duty import deadline, plan
from mailhandler.handlers import Context
from mailhandler.handlers.duty import Duty, give, to_coordinators
from mailhandler.store import duty as store_duty

log = logging.getLogger("mailhandler.duty")


def run_duty(ctx: Context, now: datetime) -> dict[str, int]:
    """One pass; counts of what it did (never who or what)."""
    counts = {"closed": 0, "passed_on": 0, "to_coordinators": 0, "given_out": 0}
    settings = ctx.cfg.duty
    with ctx.store.transaction() as s:
        for conv in store_duty.idle_since(s, now - timedelta(days=settings.close_after_days)):
            store_duty.close(s, conv, now)
            counts["closed"] += 1
        duty = Duty(ctx, s, now)
        _escalate(ctx, duty, now, counts)
        duty.refresh()
        queue = [store_duty.waiting(c) for c in store_duty.queued(s)]
        for conv_id, volunteer_id in plan(queue, duty.team, duty.roster, duty.local, now,
                                          settings.max_open_per_volunteer):
            queued = store_duty.still_queued(s, conv_id)  # as it was, after the lock
            volunteer = store_duty.volunteer(s, volunteer_id)
            if queued is not None and volunteer is not None:
                give(ctx, s, queued, volunteer, now)
                counts["given_out"] += 1
    if any(counts.values()):
        log.info("duty: %s", ", ".join(f"{k} {v}" for k, v in counts.items() if v))
    return counts


def _escalate(ctx: Context, duty: Duty, now: datetime, counts: dict[str, int]) -> None:
    s = duty.s
    hours = ctx.cfg.duty.answer_within_hours
    for conv in sorted(store_duty.unanswered(s), key=lambda c: (not c.urgent, c.id)):
        level = conv.escalation or 0
        due = deadline(conv.waiting_since,
                       conv.assigned_at if conv.owner_id is not None else None, hours)
        if level >= 2 or due is None or now < due:
            continue
        if level == 0 and conv.owner_id is not None:
            chosen = duty.choose(exclude=(conv.owner_id,))
            volunteer = store_duty.volunteer(s, chosen)
            if volunteer is not None:
                give(ctx, s, conv, volunteer, now, escalation=1, why="escalated")
                duty.refresh()
                counts["passed_on"] += 1
                continue
        to_coordinators(ctx, s, conv, duty, now)
        duty.refresh()
        counts["to_coordinators"] += 1
