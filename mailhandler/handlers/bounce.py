"""Delivery reports about our own mail, and telling the right people, without saying too much.

A forward that could not reach a volunteer is the helpline's business: the
coordinators hear of it, the help-seeker never does. An answer that could not
reach a help-seeker is told to the volunteer who wrote it, without the address
and without the report's text, which quotes the address and the answer.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailhandler.core.message import report_is_failure, reported_message_ids
from mailhandler.handlers import Context, Result
from mailhandler.handlers.notices import notify
from mailhandler.runners.outgoing import report_lost_notice
from mailhandler.store.models import Conversation, MessageLink, OutboxItem, Volunteer
from mailhandler.store.repository import Envelope, reachable

NOTIFY_KINDS = ("reply", "forward")
log = logging.getLogger("mailhandler.bounce")


def is_report(message: EmailMessage, envelope: Envelope) -> bool:
    """A delivery report (or anything from the null sender, which only reports use)."""
    return not envelope.mail_from or message.get_content_type() == "multipart/report"


def handle_bounce(ctx: Context, s: Session, message: EmailMessage,
                  verp_message_id: str | None) -> Result:
    candidates = ([verp_message_id] if verp_message_id else []) + reported_message_ids(message)
    for message_id in candidates:
        item = ctx.store.outbox_item(s, message_id)
        if item is None:
            continue
        conv = s.get(Conversation, item.conversation_id) if item.conversation_id else None
        pseudonym = conv.pseudonym if conv else None
        if not report_is_failure(message):
            return Result(f"bounce:delayed:{item.kind}", pseudonym, item.conversation_id)
        if item.status == "sent":
            item.status = "bounced"
            if item.kind == "notice":  # never noticed again (NOTIFY_KINDS): the log says it
                report_lost_notice(ctx.store, ctx.store.vault.decrypt_text(
                    item.key_id, item.rcpt_enc), "bounced")
        return Result(f"bounce:{item.kind}", pseudonym, item.conversation_id)
    return Result("bounce:unmatched")


def _notify_delays(ctx: Context, s: Session, now: datetime) -> int:
    """Tell coordinators when mail has waited `outbound.notify_after_days` to go out.

    One notice per coordinator for all the newly late items, with counts only. It is
    queued like any mail, so it may itself wait for the smarthost; the log line is
    written at once.
    """
    days = ctx.cfg.outbound.notify_after_days
    late = s.scalars(select(OutboxItem).where(
        OutboxItem.status == "pending", OutboxItem.kind != "notice",
        OutboxItem.delay_notified_at.is_(None),
        OutboxItem.created_at < now - timedelta(days=days))).all()
    if not late:
        return 0
    for item in late:
        item.delay_notified_at = now
    log.warning("%d mail(s) have waited more than %d day(s) to be delivered", len(late), days)
    coordinators = ctx.store.volunteers(s, coordinators_only=True)
    for coordinator in coordinators:
        notify(ctx, s, "notice_delayed", coordinator.address, None, now, count=len(late),
               days=days)
    return len(coordinators)


def notify_failures(ctx: Context, now: datetime) -> int:
    """Tell volunteers and coordinators about answers and forwards that did not arrive."""
    told = 0
    with ctx.store.transaction() as s:
        told += _notify_delays(ctx, s, now)
        items = s.scalars(select(OutboxItem).where(
            OutboxItem.status.in_(("failed", "bounced")), OutboxItem.notified_at.is_(None),
            OutboxItem.kind.in_(NOTIFY_KINDS)).with_for_update(skip_locked=True)).all()
        for item in items:
            item.notified_at = now
            conv = s.get(Conversation, item.conversation_id) if item.conversation_id else None
            if conv is None:
                continue
            if item.kind == "reply":
                owner = s.get(Volunteer, conv.owner_id) if conv.owner_id else None
                if owner is not None and owner.active and reachable(owner):
                    notify(ctx, s, "notice_undelivered", owner.address, conv.id, now,
                           pseudonym=conv.pseudonym)
                    told += 1
                continue
            link = s.scalars(select(MessageLink).where(
                MessageLink.our_message_id == item.message_id)).first()
            volunteer = s.get(Volunteer, link.volunteer_id) if link and link.volunteer_id else None
            for coordinator in ctx.store.volunteers(s, coordinators_only=True):
                if volunteer is not None and coordinator.id == volunteer.id:
                    continue
                notify(ctx, s, "notice_forward_failed", coordinator.address, conv.id, now,
                       pseudonym=conv.pseudonym, volunteer=volunteer.nickname if volunteer else "?")
                told += 1
    return told
