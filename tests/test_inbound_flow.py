"""Read, decide with no lock held, write briefly (runners/incoming.py), in-process.

The decision of a step is wrapped, not replaced: the real handler still decides, and
something real happens while it does (another mail is taken in, a volunteer leaves).
What is observed is the order of events, never a time.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import select, update

from mailhandler.runners import incoming
from mailhandler.runners.incoming import forward_one, process_one
from mailhandler.store.models import InboundMail, OutboxItem, Volunteer
from mailhandler.store.repository import Envelope
from tests.conftest import HELPLINE, fixture_bytes

SEEKER = "sam.peeters@gezin-peeters.example"
OTHER = "noor@ordinary.example"


def _confirmed_mail(ctx) -> int:  # noqa: ANN001 (the in-process Context)
    number = ctx.store.accept(fixture_bytes("spine/seeker_gmail.eml"),
                              Envelope(SEEKER, (HELPLINE,)), "smtp")
    assert process_one(ctx, number) is not None
    return number


def _forward_rcpts(ctx) -> list[str]:  # noqa: ANN001
    with ctx.store.reading() as s:
        return [ctx.store.vault.decrypt_text(item.key_id, item.rcpt_enc)
                for item in s.scalars(select(OutboxItem).where(OutboxItem.kind == "forward"))]


def test_a_mail_is_taken_in_while_another_is_being_decided(context, monkeypatch) -> None:
    number = _confirmed_mail(context)
    taken_in: list[int] = []
    real = incoming.decide_forwards

    def deciding(*args: Any, **kwargs: Any) -> Any:
        # Intake from another thread, as the SMTP edge does, while the forwards are being
        # composed: it would wait for ever if this step held the write lock.
        intake = threading.Thread(target=lambda: taken_in.append(context.store.accept(
            b"From: <noor@ordinary.example>\nSubject: vraag\n\nHallo\n",
            Envelope(OTHER, (HELPLINE,)), "smtp")))
        intake.start()
        intake.join(timeout=60)
        return real(*args, **kwargs)

    monkeypatch.setattr(incoming, "decide_forwards", deciding)
    assert forward_one(context, number) is not None
    assert len(taken_in) == 1, "the mail could not be taken in while another was decided"
    with context.store.reading() as s:
        assert s.get(InboundMail, taken_in[0]).status == "new"
        assert s.get(InboundMail, number).status == "done"


def test_a_volunteer_who_leaves_while_a_forward_is_composed_gets_none_of_it(
        context, monkeypatch) -> None:
    number = _confirmed_mail(context)
    with context.store.reading() as s:
        team = list(s.scalars(select(Volunteer.address).order_by(Volunteer.id)))
    leaving = team[0]
    decisions = []
    real = incoming.decide_forwards

    def deciding(*args: Any, **kwargs: Any) -> Any:
        decision = real(*args, **kwargs)
        decisions.append(decision.outcome)
        if len(decisions) == 1:  # decided for the one on duty; then they leave
            with context.store.transaction() as s:
                s.execute(update(Volunteer).where(Volunteer.address == leaving)
                          .values(active=False))
        return decision

    monkeypatch.setattr(incoming, "decide_forwards", deciding)
    result = forward_one(context, number)
    assert result is not None
    # The first decision was not applied: the team it was made for had changed; the
    # conversation went to the next volunteer on duty instead.
    assert decisions == ["forwarded:1", "forwarded:1"]
    assert _forward_rcpts(context) == [team[1]]
    with context.store.reading() as s:
        item = s.get(InboundMail, number)
        assert (item.status, item.new_conversation) == ("done", True)
        assert item.outcome.endswith("forwarded:1")


def test_whether_a_mail_opened_its_conversation_is_a_fact_of_its_own(context) -> None:
    first = _confirmed_mail(context)
    assert forward_one(context, first) is not None
    with context.store.reading() as s:
        confirmation = s.scalar(select(OutboxItem.message_id)
                                .where(OutboxItem.kind == "confirmation"))
    follow_up = context.store.accept(
        (f"From: Sam <{SEEKER}>\nTo: {HELPLINE}\nSubject: Re: vraag\n"
         f"In-Reply-To: <{confirmation}>\nMessage-ID: <tweede@gezin-peeters.example>\n\n"
         "Nog een vraag.\n").encode(), Envelope(SEEKER, (HELPLINE,)), "smtp")
    assert process_one(context, follow_up) is not None
    with context.store.reading() as s:
        opened, followed = s.get(InboundMail, first), s.get(InboundMail, follow_up)
        assert opened.new_conversation is True
        assert followed.new_conversation is False
        assert followed.conversation_id == opened.conversation_id
        assert followed.status == "forwarding"
