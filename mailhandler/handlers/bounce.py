"""Delivery reports about our own mail, and telling the right people, without saying too much.

A forward that could not reach a volunteer is the helpline's business: the
coordinators hear of it, the help-seeker never does. An answer that could not
reach a help-seeker is told to the volunteer who wrote it, without the address
and without the report's text, which quotes the address and the answer.
"""

from __future__ import annotations

import logging
from datetime import datetime
from email.message import EmailMessage

from mailhandler.core.message import report_is_failure, reported_message_ids
from mailhandler.handlers import Context, Result
from mailhandler.handlers.notices import notify
from mailhandler.runners.outgoing import report_lost_notice
from mailhandler.store import outbox
from mailhandler.store.inbox import Transaction
from mailhandler.store.repository import Envelope, reachable

NOTIFY_KINDS = ("reply", "forward")
log = logging.getLogger("mailhandler.bounce")


def is_report(message: EmailMessage, envelope: Envelope) -> bool:
    """A delivery report (or anything from the null sender, which only reports use)."""
    return not envelope.mail_from or message.get_content_type() == "multipart/report"


def handle_bounce(ctx: Context, s: Transaction, message: EmailMessage,
                  verp_message_id: str | None) -> Result:
    candidates = ([verp_message_id] if verp_message_id else []) + reported_message_ids(message)
    failure = report_is_failure(message)
    item = outbox.record_report(ctx.store, s, candidates, failure)
    if item is None:
        return Result("bounce:unmatched")
    if not failure:
        return Result(f"bounce:delayed:{item.kind}", item.pseudonym, item.conversation_id)
    if item.lost_notice_rcpt is not None:  # never noticed again (NOTIFY_KINDS): the log says it
        report_lost_notice(ctx.store, item.lost_notice_rcpt, "bounced")
    return Result(f"bounce:{item.kind}", item.pseudonym, item.conversation_id)


def _notify_delays(ctx: Context, s: Transaction, now: datetime) -> int:
    """Tell coordinators when mail has waited `outbound.notify_after_days` to go out.

    One notice per coordinator for all the newly late items, with counts only. It is
    queued like any mail, so it may itself wait for the smarthost; the log line is
    written at once.
    """
    days = ctx.cfg.outbound.notify_after_days
    late = outbox.mark_late(s, now, days)
    if not late:
        return 0
    log.warning("%d mail(s) have waited more than %d day(s) to be delivered", late, days)
    coordinators = ctx.store.volunteers(s, coordinators_only=True)
    for coordinator in coordinators:
        notify(ctx, s, "notice_delayed", coordinator.address, None, now, count=late,
               days=days)
    return len(coordinators)


def notify_failures(ctx: Context, now: datetime) -> int:
    """Tell volunteers and coordinators about answers and forwards that did not arrive."""
    told = 0
    with ctx.store.transaction() as s:
        told += _notify_delays(ctx, s, now)
        for item in outbox.take_failures(s, now, NOTIFY_KINDS):
            if item.kind == "reply":
                owner = item.owner
                if owner is not None and owner.active and reachable(owner):
                    notify(ctx, s, "notice_undelivered", owner.address, item.conversation_id,
                           now, pseudonym=item.pseudonym)
                    told += 1
                continue
            volunteer = item.volunteer
            for coordinator in ctx.store.volunteers(s, coordinators_only=True):
                if volunteer is not None and coordinator.id == volunteer.id:
                    continue
                notify(ctx, s, "notice_forward_failed", coordinator.address,
                       item.conversation_id, now, pseudonym=item.pseudonym,
                       volunteer=volunteer.nickname if volunteer else "?")
                told += 1
    return told
