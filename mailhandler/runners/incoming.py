"""The incoming runner: turns stored mail into conversations and outbox items.

Each step for a stored mail (the confirmation, then the forwards) reads, decides, then
writes: it reads the mail and a snapshot of the state it concerns in a short read (no
lock), parses the mail once and decides with no lock held (handlers/: pure decisions,
however long a big mail takes to clean), and then applies the decision in one short
write transaction, guarded: if the mail was taken meanwhile, nothing is written; if the
state it was decided from changed (another worker opened or answered in the same
conversation, a volunteer left), it is decided again. So no mail's processing holds
intake or other mail back, and a crash halfway changes nothing: the step is simply
taken again after a restart. A mail that cannot be read, or that makes a step fail
MAX_ATTEMPTS times, is quarantined: kept, counted and visible to coordinators,
never dropped and never retried forever.

Each step also has a time budget (STEP_SECONDS). A mail whose step takes longer, such as
a 1 MB mail carrying a document that unpacks to 200 MB of XML (25 s of cleaning), is
quarantined at once, not retried: it would take as long again, while help-seekers
behind it wait for their confirmation.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import TypeVar

from mailhandler.config import Config
from mailhandler.core import aliases
from mailhandler.core.authentication import NOT_EVALUATED, AuthResults
from mailhandler.core.decision import Decision, InboxState
from mailhandler.core.loops import loop_reason
from mailhandler.core.message import UnreadableMail
from mailhandler.handlers import Context, Result, duty
from mailhandler.handlers.bounce import handle_bounce, notify_failures
from mailhandler.handlers.parsed import ParsedMail, read_mail
from mailhandler.handlers.seeker import SeekerMail, decide_forwards, decide_seeker_mail
from mailhandler.handlers.volunteer import HeldAnswer, decide_volunteer_reply
from mailhandler.inbound.authenticate import Authenticator
from mailhandler.memory import give_back_if_big_mail_seen, note_mail
from mailhandler.store import conversations, inbox
from mailhandler.store.conversations import Guard, SeekerSnapshot, Stale, VolunteerSnapshot
from mailhandler.store.db import utcnow
from mailhandler.store.inbox import KeyMissing, StoredMail, Transaction

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
# How often a step decides again when the state it decided from keeps changing under it
# before it could write; then it is tried again later, like a failed step.
DECISIONS_PER_STEP = 3


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


def authenticate(authenticator: Authenticator | None, stored: StoredMail,
                 mail: ParsedMail) -> AuthResults:
    """SPF/DKIM/DMARC of a stored mail: DNS may be slow, and no lock is held while it
    answers. A mail whose evaluation fails is judged unauthenticated."""
    if authenticator is None:
        return NOT_EVALUATED
    try:
        return authenticator.evaluate(stored.raw, mail.message, stored.envelope)
    except Exception as exc:
        log.warning("mail #%d: authentication could not be evaluated (%s)", stored.inbound_id,
                    type(exc).__name__)
        return NOT_EVALUATED


_AUTHENTICATORS: dict[Config, Authenticator] = {}


def default_authenticator(ctx: Context) -> Authenticator:
    """One Authenticator per configuration (its resolver is reused from mail to mail)."""
    found = _AUTHENTICATORS.get(ctx.cfg)
    if found is None:
        found = _AUTHENTICATORS[ctx.cfg] = Authenticator(ctx.cfg)
    return found


Snapshot = TypeVar("Snapshot")


def _decide_and_apply(ctx: Context, stored: StoredMail, state: InboxState,
                      read: Callable[[Transaction], tuple[Snapshot, Guard]],
                      decide: Callable[[Snapshot], Decision | None],
                      write: Callable[[Transaction, Decision | None], Result],
                      seconds: float | None) -> Result | None:
    """Read (short, no lock) -> decide (no lock, within `seconds`) -> write (short),
    guarded: None if the mail left `state` meanwhile; decided again if what the snapshot
    was read from changed (its Guard, store/conversations: the facts read again in the
    write transaction, not the whole snapshot); Stale if it kept changing."""
    for _ in range(DECISIONS_PER_STEP):
        with ctx.store.reading() as s:
            snapshot, guard = read(s)
        with _time_budget(seconds):
            decision = decide(snapshot)
        try:
            with ctx.store.transaction(durable=False) as s:
                if not inbox.is_in(s, stored.inbound_id, state):
                    return None  # another worker took this step
                if not guard.holds(s):
                    raise Stale
                return write(s, decision)
        except Stale:
            continue
    raise Stale


def _nothing(s: Transaction) -> tuple[None, Guard]:
    """The snapshot of a decision made from the mail alone."""
    return None, conversations.ALWAYS


def _pseudonym(decision: Decision) -> str | None:
    if decision.new_conversation is not None:
        return decision.new_conversation.pseudonym
    return decision.conversation.pseudonym if decision.conversation is not None else None


def _first_snapshot(ctx: Context, s: Transaction, mail: ParsedMail, now: datetime,
                    ) -> tuple[tuple[bool, SeekerSnapshot | VolunteerSnapshot], Guard]:
    """Whether the mail is ours coming back, and the snapshot its handler decides from;
    with the guard its write checks them by."""
    store, hl = ctx.store, ctx.cfg.helpline
    if mail.alias_token is not None:
        lookup = (aliases.token_lookup(hl.secret, mail.alias_token)
                  if aliases.token_is_authentic(hl.secret, mail.alias_token) else None)
        return conversations.guard_by_rereading(lambda s: (
            conversations.is_ours(store, s, mail.message_id),
            conversations.volunteer_snapshot(store, s, lookup, mail.envelope.mail_from,
                                             mail.references, now)), s)
    ours, snapshot, guard = conversations.seeker_read(
        store, s, mail.message_id, mail.references, mail.kind, mail.reply_address,
        mail.envelope.mail_from, mail.envelope.client_ip, now)
    return (ours, snapshot), guard


def _decide_first(ctx: Context, mail: ParsedMail,
                  snapshot: tuple[bool, SeekerSnapshot | VolunteerSnapshot],
                  now: datetime) -> Decision | None:
    """Route the mail to its handler's decision; None for a delivery report (bounce.py).

    A mail that is our own coming back (a loop) goes to quarantine; an alias recipient
    means a volunteer's answer; anything else is a help-seeker's mail (the privacy
    address chose its kind when the mail was parsed).
    """
    ours, snap = snapshot
    loop = loop_reason(mail.message, ctx.cfg.helpline.address, ours)
    if loop is not None:
        return Decision(InboxState.QUARANTINED, f"quarantined:{loop}")
    if isinstance(snap, VolunteerSnapshot):
        return decide_volunteer_reply(ctx.settings, mail, snap, now)
    if mail.is_report:
        # Bounces and DSNs are about our own mail, never a help-seeker's words:
        # they reach no volunteer, whatever they quote.
        return None
    return decide_seeker_mail(ctx.settings, mail, snap, now)


def _bounce(ctx: Context, s: Transaction, mail: ParsedMail, inbound_id: int) -> Result:
    result = handle_bounce(ctx, s, mail.message, mail.bounced)
    inbox.advance(s, inbound_id, InboxState.DONE, result.outcome, result.conversation_id)
    return result


def _record_first(ctx: Context, s: Transaction, stored: StoredMail, decision: Decision | None,
                  now: datetime) -> Result:
    assert decision is not None
    conversation_id = conversations.apply(ctx.store, s, decision, now)
    duty.apply_answer(ctx, s, conversation_id, decision.answer, now)
    inbox.advance(s, stored.inbound_id, decision.state, decision.outcome, conversation_id,
                  new_conversation=decision.new_conversation is not None,
                  sender_unverified=decision.sender_unverified,
                  held_answer=isinstance(decision, HeldAnswer),
                  seeker_mail=isinstance(decision, SeekerMail))
    return Result(decision.outcome, _pseudonym(decision), conversation_id,
                  forward=decision.state == InboxState.FORWARDING)


def _step(ctx: Context, inbound_id: int, state: InboxState, what: str,
          work: Callable[[StoredMail], Result | None]) -> Result | None:
    """One step for a stored mail in `state`, attempts counted.

    None if another worker took the step already, or if it failed (it is retried). A step
    that runs out of its time budget writes nothing and its mail is quarantined.
    """
    attempts = inbox.count_attempt(ctx.store, inbound_id, state, MAX_ATTEMPTS)
    if attempts is None:
        return None
    if attempts > MAX_ATTEMPTS:
        log.error("mail #%d quarantined after %d failed attempts", inbound_id, MAX_ATTEMPTS)
        return Result("quarantined:failed")
    size = 0
    try:
        stored = inbox.read(ctx.store, inbound_id, state)
        if stored is None:
            return None
        size = len(stored.raw)
        result = work(stored)
    except StepTooSlow:
        log.error("mail #%d: %s took over its time budget, quarantined", inbound_id, what)
        inbox.quarantine(ctx.store, inbound_id, state,
                         "too slow" if state == InboxState.NEW else "forward too slow")
        return Result("quarantined:too slow")
    except KeyMissing as exc:
        # Not the mail's fault: it waits, uncounted, until the key is restored.
        inbox.uncount_attempt(ctx.store, inbound_id, state)
        log.error("mail #%d waits: %s", inbound_id, exc)
        return None
    except Stale:
        log.warning("mail #%d: %s: its conversation kept changing meanwhile, will retry",
                    inbound_id, what)
        return None
    except Exception as exc:
        # The type only: an exception's text may quote the mail.
        log.error("mail #%d: %s failed (%s), will retry", inbound_id, what, type(exc).__name__)
        return None
    finally:
        note_mail(size)  # when done with it: process_pending gives its heap back
    if result is None:
        return None
    log.info("mail #%d %s%s", inbound_id, result.outcome,
             f" conv={result.pseudonym}" if result.pseudonym else "")
    return result


def process_one(ctx: Context, inbound_id: int, authenticator: Authenticator | None = None,
                seconds: float | None = STEP_SECONDS,
                at: datetime | None = None) -> Result | None:
    """The first, quick step for a stored mail: classify, route, confirm; None if another
    worker already did.

    A help-seeker's mail is confirmed here and left "forwarding": the confirmation is
    promised within seconds and must not wait behind the forwards of a busy moment,
    which forward_one composes next. Everything else is done in this one step.

    Its transactions need not wait for the disk: the mail itself is durable (it was,
    before its 250), so whatever a power cut takes from here is simply done again.
    `authenticator` defaults to one made from the configuration; `seconds` is the step's
    time budget; `at` the time it is taken at (now; tests set the clock).
    """
    authenticator = authenticator or default_authenticator(ctx)

    def first_step(stored: StoredMail) -> Result | None:
        now = at or utcnow()
        try:
            with _time_budget(seconds):
                mail = read_mail(stored.raw, stored.envelope, ctx.cfg)
        except UnreadableMail:
            return _decide_and_apply(
                ctx, stored, InboxState.NEW, _nothing,
                lambda _: Decision(InboxState.QUARANTINED, "quarantined:unreadable"),
                lambda s, decision: _record_first(ctx, s, stored, decision, now), seconds)
        mail = mail.authenticated(authenticate(authenticator, stored, mail))
        if mail.bounced is not None:  # to a bounce address of ours: nothing to decide
            return _decide_and_apply(ctx, stored, InboxState.NEW, _nothing,
                                     lambda _: None, lambda s, _: _bounce(
                                         ctx, s, mail, stored.inbound_id), seconds)

        def write(s: Transaction, decision: Decision | None) -> Result:
            if decision is None:
                return _bounce(ctx, s, mail, stored.inbound_id)
            return _record_first(ctx, s, stored, decision, now)

        return _decide_and_apply(
            ctx, stored, InboxState.NEW, lambda s: _first_snapshot(ctx, s, mail, now),
            lambda snapshot: _decide_first(ctx, mail, snapshot, now), write, seconds)

    return _step(ctx, inbound_id, InboxState.NEW, "processing", first_step)


def forward_one(ctx: Context, inbound_id: int, seconds: float | None = STEP_SECONDS,
                at: datetime | None = None) -> Result | None:
    """The second step for a help-seeker's mail: its forwards to the volunteers, within
    `seconds`, at `at` (now)."""
    duty_rules = duty.rules(ctx.cfg)

    def second_step(stored: StoredMail) -> Result | None:
        now = at or utcnow()
        with _time_budget(seconds):
            mail = read_mail(stored.raw, stored.envelope, ctx.cfg)

        def decide(snapshot: conversations.ForwardSnapshot) -> Decision:
            return decide_forwards(ctx.settings, mail, snapshot, stored.new_conversation,
                                   stored.sender_unverified, now, judged=True)

        def write(s: Transaction, decision: Decision | None) -> Result:
            assert decision is not None
            plan = decision.duty
            conversations.apply_duty(s, stored.conversation_id, plan, now)
            if plan is not None and plan.give_to is not None and stored.conversation_id:
                # A new owner: the conversation's last mails first, then this one.
                duty.send_history(ctx, s, stored.conversation_id, plan.give_to, now)
            conversations.apply(ctx.store, s, decision, now)
            inbox.advance(s, stored.inbound_id, InboxState.DONE,
                          f"{stored.outcome} {decision.outcome}", None)
            return Result(decision.outcome, _pseudonym(decision), stored.conversation_id)

        return _decide_and_apply(
            ctx, stored, InboxState.FORWARDING,
            lambda s: conversations.forward_read(ctx.store, s, stored.conversation_id, now,
                                                 duty_rules),
            decide, write, seconds)

    return _step(ctx, inbound_id, InboxState.FORWARDING, "forwarding", second_step)


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
        new = inbox.pending(ctx.store, limit=20)
        confirmed = 0
        for item in new:
            if stop is not None and stop():
                break
            confirmed += process_one(ctx, item.inbound_id, seconds=step_seconds) is not None
            if wake is not None:
                wake()  # its confirmation can go now, not after the others
            if item.big:
                break  # a small mail that came in meanwhile goes before the next big one
        done += confirmed
        if confirmed:
            continue  # look again for new mail before the next forwards
        # No new mail, or none that could be taken now (its key missing, the database
        # failing): the forwards go on meanwhile.
        waiting = inbox.pending(ctx.store, limit=FORWARDS_BETWEEN_LOOKS,
                                state=InboxState.FORWARDING)
        forwarded = 0
        for item in waiting:
            forwarded += forward_one(ctx, item.inbound_id, step_seconds) is not None
            if item.big:
                break  # and new mail is looked for again before the next big forward
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
