"""The incoming runner: turns stored mail into conversations and outbox items.

Each step for a stored mail (the confirmation, then the forwards) is one
transaction, so a crash halfway changes nothing and the step is simply taken again
after a restart. A mail that cannot be read, or that makes a step fail
MAX_ATTEMPTS times, is quarantined: kept, counted and visible to coordinators,
never dropped and never retried forever.

Each step also has a time budget (STEP_SECONDS). A mail whose step takes longer, such as
a 1 MB mail carrying a document that unpacks to 200 MB of XML (25 s of cleaning), is
quarantined at once, not retried: it would take as long again, holding the database
while help-seekers behind it wait for their 250 and their confirmation.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from collections.abc import Callable, Iterator
from email.message import EmailMessage

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mailhandler.config import Config
from mailhandler.core.authentication import NOT_EVALUATED, AuthResults
from mailhandler.core.classify import automatic_reason
from mailhandler.core.loops import loop_reason
from mailhandler.core.message import UnreadableMail, own_message_id, parse
from mailhandler.handlers import Context, Result
from mailhandler.handlers.bounce import handle_bounce, notify_failures
from mailhandler.handlers.seeker import forward_seeker_mail, handle_seeker_mail
from mailhandler.handlers.volunteer import handle_volunteer_reply
from mailhandler.inbound.authenticate import Authenticator
from mailhandler.memory import give_back_if_big_mail_seen, note_mail
from mailhandler.store.db import utcnow
from mailhandler.store.models import Conversation, InboundMail
from mailhandler.store.repository import Envelope
from mailhandler.store.vault import KeyMissing

log = logging.getLogger("mailhandler.incoming")

# A mail that was being processed when the daemon died counts an attempt too: a mail
# that crashes the process every time must end in quarantine, not in a crash loop.
MAX_ATTEMPTS = 5
# How many forwards are composed before looking again for new mail to confirm.
FORWARDS_BETWEEN_LOOKS = 4
# How long one step for one mail may take. Ordinary mail takes well under a second, a
# 25 MB mail of photos a few seconds; past this the mail waits in quarantine for a
# coordinator instead of the team waiting for it.
STEP_SECONDS = 60.0


class StepTooSlow(BaseException):
    """A step ran past its time budget. A BaseException, like KeyboardInterrupt, so that
    no `except Exception` on the way (an attachment that could not be cleaned) swallows it
    and carries on with the slow work."""


@contextlib.contextmanager
def _time_budget(seconds: float | None) -> Iterator[None]:
    """Raise StepTooSlow in the block once `seconds` have passed.

    A real-time timer (SIGALRM), which interrupts Python code wherever it is, but only in
    the main thread of a process: the processing worker's. Elsewhere (a thread, a
    platform without setitimer) the block runs without a budget, as before.
    """
    if not seconds or threading.current_thread() is not threading.main_thread() \
            or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise StepTooSlow

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def route(ctx: Context, s: Session, message: EmailMessage, envelope: Envelope,
          auth: AuthResults = NOT_EVALUATED) -> Result:
    """Send the mail to the handler its recipients call for.

    An alias recipient means a volunteer's answer; the privacy address (and postmaster)
    wins over the public one, so a privacy question copied to both reaches coordinators only.
    A mail that is our own coming back (a loop) goes to quarantine instead. `auth` is
    what authentication found (evaluated before, outside any transaction).
    """
    hl = ctx.cfg.helpline
    now = utcnow()
    automatic = automatic_reason(message, envelope.mail_from, ctx.cfg.own_addresses, hl.domain)
    rcpts = {r.lower() for r in envelope.rcpts}
    for rcpt in sorted(rcpts):
        bounced = hl.aliases.message_id_of_bounce(rcpt)
        if bounced is not None:
            return handle_bounce(ctx, s, message, bounced)
    loop = loop_reason(message, hl.address, ctx.store.outbox_item(s, own_message_id(message) or "")
                       is not None)
    if loop is not None:
        return Result(f"quarantined:{loop}")
    for rcpt in sorted(rcpts):
        token = hl.aliases.token_of(rcpt)
        if token is not None:
            return handle_volunteer_reply(ctx, s, message, envelope, token, automatic, now,
                                          auth)
    kind = "privacy" if rcpts & ctx.cfg.coordinator_addresses else "help"
    return handle_seeker_mail(ctx, s, message, envelope, kind, automatic, now, auth)


def authenticate(ctx: Context, authenticator: Authenticator | None,
                 inbound_id: int) -> AuthResults:
    """SPF/DKIM/DMARC of a stored mail, before its transaction: DNS may be slow, and no
    lock is held while it answers. A mail that cannot be read is judged unauthenticated."""
    if authenticator is None:
        return NOT_EVALUATED
    try:
        with ctx.store.reading() as s:
            item = s.get(InboundMail, inbound_id)
            if item is None or item.status != "new":
                return NOT_EVALUATED
            raw, envelope = ctx.store.open_inbound(item)
        return authenticator.evaluate(raw, parse(raw), envelope)
    except Exception as exc:
        log.warning("mail #%d: authentication could not be evaluated (%s)", inbound_id,
                    type(exc).__name__)
        return NOT_EVALUATED


_AUTHENTICATORS: dict[Config, Authenticator] = {}


def default_authenticator(ctx: Context) -> Authenticator:
    """One Authenticator per configuration (its resolver is reused from mail to mail)."""
    found = _AUTHENTICATORS.get(ctx.cfg)
    if found is None:
        found = _AUTHENTICATORS[ctx.cfg] = Authenticator(ctx.cfg)
    return found


def _count_attempt(ctx: Context, inbound_id: int, status: str) -> Result | bool:
    """Count an attempt before making it: False if the mail is not (or no longer) `status`,
    a quarantine Result once it has failed MAX_ATTEMPTS times, True to go ahead."""
    with ctx.store.transaction(durable=False) as s:
        # SKIP LOCKED (PostgreSQL): a mail another host is working on right now is left to
        # it, at once, instead of waiting for its step to end and then finding it done.
        free = (select(InboundMail.id).where(InboundMail.id == inbound_id,
                                             InboundMail.status == status)
                .with_for_update(skip_locked=True))
        attempts = s.execute(
            update(InboundMail).where(InboundMail.id.in_(free))
            .values(attempts=InboundMail.attempts + 1).returning(InboundMail.attempts)
        ).scalar()
        if attempts is None:
            return False
        if attempts > MAX_ATTEMPTS:
            s.execute(update(InboundMail).where(InboundMail.id == inbound_id).values(
                status="quarantined", processed_at=utcnow(),
                outcome="failed" if status == "new" else "forward failed"))
            log.error("mail #%d quarantined after %d failed attempts", inbound_id, MAX_ATTEMPTS)
            return Result("quarantined:failed")
    return True


def _quarantine_slow(ctx: Context, inbound_id: int, status: str) -> Result:
    """Quarantine a mail whose step ran out of time (its transaction was rolled back)."""
    with ctx.store.transaction(durable=False) as s:
        s.execute(update(InboundMail).where(InboundMail.id == inbound_id,
                                            InboundMail.status == status).values(
            status="quarantined", processed_at=utcnow(),
            outcome="too slow" if status == "new" else "forward too slow"))
    return Result("quarantined:too slow")


def _uncount_attempt(ctx: Context, inbound_id: int, status: str) -> None:
    with ctx.store.transaction(durable=False) as s:
        s.execute(update(InboundMail)
                  .where(InboundMail.id == inbound_id, InboundMail.status == status,
                         InboundMail.attempts > 0)
                  .values(attempts=InboundMail.attempts - 1))


def _step(ctx: Context, inbound_id: int, status: str, what: str,
          work: Callable[[Session, InboundMail, bytes, Envelope], Result],
          seconds: float | None = STEP_SECONDS) -> Result | None:
    """One step for a stored mail in `status`, in its own transaction, attempts counted.

    None if another worker took the step already, or if it failed (it is retried). A step
    that takes more than `seconds` is undone and its mail quarantined.
    """
    go = _count_attempt(ctx, inbound_id, status)
    if go is not True:
        return go or None
    size = 0
    try:
        with ctx.store.transaction(durable=False) as s:
            item = s.get(InboundMail, inbound_id, with_for_update={"skip_locked": True})
            if item is None or item.status != status:
                return None
            raw, envelope = ctx.store.open_inbound(item)
            size = len(raw)
            with _time_budget(seconds):
                result = work(s, item, raw, envelope)
            item.processed_at = utcnow()
    except StepTooSlow:
        log.error("mail #%d: %s took over %.0f s, quarantined", inbound_id, what, seconds)
        return _quarantine_slow(ctx, inbound_id, status)
    except KeyMissing as exc:
        # Not the mail's fault: it waits, uncounted, until the key is restored.
        _uncount_attempt(ctx, inbound_id, status)
        log.error("mail #%d waits: %s", inbound_id, exc)
        return None
    except Exception as exc:
        # The type only: an exception's text may quote the mail.
        log.error("mail #%d: %s failed (%s), will retry", inbound_id, what, type(exc).__name__)
        return None
    finally:
        note_mail(size)  # when done with it: process_pending gives its heap back
    log.info("mail #%d %s%s", inbound_id, result.outcome,
             f" conv={result.pseudonym}" if result.pseudonym else "")
    return result


def process_one(ctx: Context, inbound_id: int, authenticator: Authenticator | None = None,
                seconds: float | None = STEP_SECONDS) -> Result | None:
    """The first, quick step for a stored mail: classify, route, confirm; None if another
    worker already did.

    A help-seeker's mail is confirmed here and left "forwarding": the confirmation is
    promised within seconds and must not wait behind the forwards of a busy moment,
    which forward_one composes next. Everything else is done in this one step.

    Its transactions need not wait for the disk: the mail itself is durable (it was,
    before its 250), so whatever a power cut takes from here is simply done again.
    `authenticator` defaults to one made from the configuration; `seconds` is the step's
    time budget.
    """
    auth = authenticate(ctx, authenticator or default_authenticator(ctx), inbound_id)

    def first_step(s: Session, item: InboundMail, raw: bytes, envelope: Envelope) -> Result:
        try:
            message = parse(raw)
        except UnreadableMail:
            result = Result("quarantined:unreadable")
            item.status = "quarantined"
        else:
            result = route(ctx, s, message, envelope, auth)
            if result.forward:
                item.status, item.attempts = "forwarding", 0
            elif result.outcome.startswith(("quarantined", "auth-held")):
                item.status = "quarantined"
            else:
                item.status = "done"
        item.outcome = result.outcome[:40]
        item.conversation_id = result.conversation_id
        return result

    return _step(ctx, inbound_id, "new", "processing", first_step, seconds)


def forward_one(ctx: Context, inbound_id: int,
                seconds: float | None = STEP_SECONDS) -> Result | None:
    """The second step for a help-seeker's mail: its forwards to the volunteers, within
    `seconds`."""
    def second_step(s: Session, item: InboundMail, raw: bytes, envelope: Envelope) -> Result:
        conv = s.get(Conversation, item.conversation_id) if item.conversation_id else None
        forwarded = 0
        if conv is not None:  # else purged meanwhile: nobody to forward it to any more
            forwarded = forward_seeker_mail(ctx, s, parse(raw), envelope, conv,
                                            is_new=(item.outcome or "").startswith("new"),
                                            now=utcnow(),
                                            unverified="unverified" in (item.outcome or ""))
        item.status = "done"
        item.outcome = f"{item.outcome or ''} forwarded:{forwarded}"[:40]
        return Result(f"forwarded:{forwarded}", conv.pseudonym if conv else None,
                      item.conversation_id)

    return _step(ctx, inbound_id, "forwarding", "forwarding", second_step, seconds)


def process_pending(ctx: Context, wake: Callable[[], None] | None = None,
                    budget: int = 200, stop: Callable[[], bool] | None = None,
                    step_seconds: float | None = STEP_SECONDS) -> int:
    """Process stored mail, first steps before forwards; how many steps were taken.

    New mail always goes first: between forwards, a mail that arrived meanwhile is
    confirmed before the next few forwards. `wake` is called whenever there is
    something new in the outbox, so the outgoing runner need not wait for the end.
    `step_seconds` is the time budget of each step (STEP_SECONDS).
    """
    done = 0
    while done < budget and not (stop is not None and stop()):
        new = ctx.store.pending_inbound(limit=20)
        confirmed = 0
        for inbound_id in new:
            if stop is not None and stop():
                break
            confirmed += process_one(ctx, inbound_id, seconds=step_seconds) is not None
            if wake is not None:
                wake()  # its confirmation can go now, not after the others
        done += confirmed
        if confirmed:
            continue  # look again for new mail before the next forwards
        # No new mail, or none that could be taken now (its key missing, the database
        # failing): the forwards go on meanwhile.
        waiting = ctx.store.pending_inbound(limit=FORWARDS_BETWEEN_LOOKS, status="forwarding")
        forwarded = sum(forward_one(ctx, inbound_id, step_seconds) is not None
                        for inbound_id in waiting)
        done += forwarded
        if wake is not None and waiting:
            wake()
        if not forwarded:
            break  # nothing more can be done now: the worker looks again in a moment
    told = notify_failures(ctx, utcnow())
    if told:
        log.info("%d notice(s) about undelivered mail queued", told)
    give_back_if_big_mail_seen()  # the work in hand is done: a big mail's heap goes back
    return done + told
