"""The incoming runner: turns stored mail into conversations and outbox items.

Each stored mail is processed in its own transaction, so a crash halfway
changes nothing and the mail is simply processed again after a restart. A mail
that cannot be read, or that makes processing fail three times, is quarantined:
kept, counted and visible to coordinators, never dropped and never retried forever.
"""

from __future__ import annotations

import logging
from email.message import EmailMessage

from sqlalchemy.orm import Session

from mailhandler.core import aliases
from mailhandler.core.classify import automatic_reason
from mailhandler.core.message import UnreadableMail, parse
from mailhandler.handlers import Context, Result
from mailhandler.handlers.bounce import handle_bounce, notify_failures
from mailhandler.handlers.seeker import handle_seeker_mail
from mailhandler.handlers.volunteer import handle_volunteer_reply
from mailhandler.store.db import utcnow
from mailhandler.store.models import InboundMail
from mailhandler.store.repository import Envelope

log = logging.getLogger("mailhandler.incoming")

# A mail that was being processed when the daemon died counts an attempt too: a mail
# that crashes the process every time must end in quarantine, not in a crash loop.
MAX_ATTEMPTS = 5


def route(ctx: Context, s: Session, message: EmailMessage, envelope: Envelope) -> Result:
    """Send the mail to the handler its recipients call for.

    An alias recipient means a volunteer's answer; the privacy address wins over
    the public one, so a privacy question copied to both reaches coordinators only.
    """
    hl = ctx.cfg.helpline
    now = utcnow()
    automatic = automatic_reason(message, envelope.mail_from, ctx.cfg.own_addresses, hl.domain)
    rcpts = {r.lower() for r in envelope.rcpts}
    for rcpt in sorted(rcpts):
        bounced = aliases.message_id_of_bounce(rcpt, hl.domain)
        if bounced is not None:
            return handle_bounce(ctx, s, message, bounced)
    for rcpt in sorted(rcpts):
        token = aliases.token_of(rcpt, hl.domain)
        if token is not None:
            return handle_volunteer_reply(ctx, s, message, envelope, token, automatic, now)
    kind = "privacy" if hl.privacy_address in rcpts else "help"
    return handle_seeker_mail(ctx, s, message, envelope, kind, automatic, now)


def process_one(ctx: Context, inbound_id: int) -> Result | None:
    """Process one stored mail; None if another worker already did.

    Its transactions need not wait for the disk: the mail itself is durable (it was,
    before its 250), so whatever a power cut takes from here is simply done again.
    """
    store = ctx.store
    with store.transaction(durable=False) as s:
        item = s.get(InboundMail, inbound_id, with_for_update=True)
        if item is None or item.status != "new":
            return None
        item.attempts += 1
        if item.attempts > MAX_ATTEMPTS:
            item.status, item.outcome, item.processed_at = "quarantined", "failed", utcnow()
            log.error("mail #%d quarantined after %d failed attempts", item.id, MAX_ATTEMPTS)
            return Result("quarantined:failed")
    try:
        with store.transaction(durable=False) as s:
            item = s.get(InboundMail, inbound_id, with_for_update=True)
            if item is None or item.status != "new":
                return None
            raw, envelope = store.open_inbound(item)
            try:
                message = parse(raw)
            except UnreadableMail:
                result = Result("quarantined:unreadable")
                item.status = "quarantined"
            else:
                result = route(ctx, s, message, envelope)
                item.status = "quarantined" if result.outcome.startswith("quarantined") \
                    else "done"
            item.outcome = result.outcome[:40]
            item.conversation_id = result.conversation_id
            item.processed_at = utcnow()
    except Exception as exc:
        # The type only: an exception's text may quote the mail.
        log.error("mail #%d: processing failed (%s), will retry", inbound_id, type(exc).__name__)
        return None
    log.info("mail #%d %s%s", inbound_id, result.outcome,
             f" conv={result.pseudonym}" if result.pseudonym else "")
    return result


def process_pending(ctx: Context) -> int:
    done = 0
    for inbound_id in ctx.store.pending_inbound():
        if process_one(ctx, inbound_id) is not None:
            done += 1
    told = notify_failures(ctx, utcnow())
    if told:
        log.info("%d notice(s) about undelivered mail queued", told)
    return done + told
