"""Urgent mail, crisis lines and blocks end to end: the real daemon, smtplib clients, an
aiosmtpd smarthost, the CLI as a coordinator runs it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from email.utils import make_msgid
from zoneinfo import ZoneInfo

import pytest

from tests import queries
from tests.conftest import (
    HELPLINE,
    Daemon,
    Delivered,
    Smarthost,
    add_volunteers,
    assert_absent,
    fixture_bytes,
    wait_for,
)
from tests.test_spine import CORA, KOBE, SEEKER, VOLUNTEER, first_mail, volunteer_reply

pytestmark = pytest.mark.slow

SEEKER_IDENTITY = [SEEKER, "Sam Peeters", "gezin-peeters.example"]
URGENT_WORDS = "ik wil nie meer leven echt 😞 niemand snapt het"


def seeker_mail(text: str, subject: str = "Re: Vraag", answers: str | None = None) -> bytes:
    thread = f"In-Reply-To: {answers}\nReferences: {answers}\n" if answers else ""
    return (f'From: "Sam Peeters" <{SEEKER}>\nTo: {HELPLINE}\nSubject: {subject}\n'
            f"Message-ID: {make_msgid(domain='mail.gezin-peeters.example')}\n{thread}"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n{text}\n").encode()


def forwards_to(smarthost: Smarthost, address: str, count: int = 0) -> list[Delivered]:
    """The forwards (from a conversation alias) delivered to `address`, waiting for `count`;
    not the notices from the helpline's own address."""
    def found() -> list[Delivered]:
        return [d for d in smarthost.to(address)
                if d.message["From"].addresses[0].addr_spec.startswith("c.")]
    if count:
        wait_for(lambda: len(found()) >= count, what=f"{count} forward(s)")
    return found()


def processed(daemon: Daemon, count: int) -> None:
    """Wait until `count` stored mails are fully processed (confirmed and forwarded)."""
    wait_for(lambda: queries.finished(daemon) >= count, what="mail processed")


def outbox_count(daemon: Daemon) -> int:
    return queries.outbox_count(daemon)


def no_personal_data_in(log: str, *words: str) -> None:
    for needle in (SEEKER, "Sam Peeters", "gezin-peeters", *words):
        assert needle.lower() not in log.lower(), f"{needle!r} in the log"


def test_an_urgent_follow_up_reaches_the_coordinator_at_once_flagged_a_plain_one_does_not(
        daemon: Daemon, smarthost: Smarthost) -> None:
    confirmation, forward = first_mail(daemon, smarthost)
    assert not str(forward.message["Subject"]).startswith("[DRINGEND]")
    assert "1813" in confirmation.message.get_content()
    daemon.send(VOLUNTEER, [str(forward.message["Reply-To"].addresses[0].addr_spec)],
                volunteer_reply(forward))
    answer = smarthost.wait_to(SEEKER, count=2)[1].message
    # A plain follow-up goes to Vera, who owns the conversation now: not to the coordinator.
    daemon.send(SEEKER, [HELPLINE], seeker_mail("ok dank je", answers=answer["Message-ID"]))
    plain = forwards_to(smarthost, VOLUNTEER, 2)[1]
    assert not str(plain.message["Subject"]).startswith("[DRINGEND]")
    processed(daemon, 3)
    assert forwards_to(smarthost, CORA) == []
    # An urgent one goes to Vera and, at once, to the coordinator; both flagged.
    daemon.send(SEEKER, [HELPLINE], seeker_mail(URGENT_WORDS, answers=answer["Message-ID"]))
    copy = forwards_to(smarthost, CORA, 1)[0]
    to_vera = forwards_to(smarthost, VOLUNTEER, 3)[2]
    processed(daemon, 4)
    for delivered in (copy, to_vera):
        assert str(delivered.message["Subject"]).startswith("[DRINGEND] [")
        assert "nie meer leven" in delivered.message.get_content()
        assert_absent(delivered.data, SEEKER_IDENTITY)
    assert forwards_to(smarthost, KOBE) == []  # the rest of the team is not involved
    assert [c.urgent for c in queries.conversations(daemon)] == [True]
    assert daemon.stop() == 0
    no_personal_data_in(daemon.log(), "nie meer leven", "Vraag over mijn vriend", "DRINGEND")


def test_a_confirmation_outside_the_reading_hours_says_when_mail_is_read(
        make_daemon: Callable[..., Daemon], smarthost: Smarthost) -> None:
    # Read only on the weekday after tomorrow: whenever this runs, it is outside the hours.
    later = datetime.now(ZoneInfo("Europe/Brussels")) + timedelta(days=2)
    day = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[later.weekday()]
    name = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
            "zondag")[later.weekday()]
    daemon = make_daemon(f'[urgent]\nreading_hours = ["{day} 10:00-11:00"]\n')
    add_volunteers(daemon.config)
    daemon.start()
    daemon.send(SEEKER, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
    text = smarthost.wait_to(SEEKER)[0].message.get_content()
    assert "Op dit moment wordt er geen mail gelezen" in text
    assert f"{name} om 10:00" in text
    assert "Zelfmoordlijn op 1813" in text and "112" in text


def test_a_blocked_sender_reaches_nobody_gets_no_confirmation_and_is_kept_until_unblocked(
        make_daemon: Callable[..., Daemon], smarthost: Smarthost) -> None:
    daemon = make_daemon()
    # Every mail may be confirmed: a missing confirmation is then the block's doing.
    daemon.config.write_text(daemon.config.read_text().replace("interval_days = 7",
                                                               "interval_days = 0"))
    add_volunteers(daemon.config)
    daemon.start()
    first_mail(daemon, smarthost)
    pseudonym = queries.conversations(daemon)[0].pseudonym
    done = daemon.cli("block", pseudonym, "--for", "7d", "--reason",
                      f"scheldt Vera uit, adres {SEEKER}")
    assert f"{pseudonym}: sender blocked until" in done.stdout
    assert pseudonym in daemon.cli("block").stdout
    sent_before = outbox_count(daemon)
    # A new conversation from the same address: kept, but nobody hears of it.
    daemon.send(SEEKER, [HELPLINE], seeker_mail("jullie zijn waardeloos", "Nieuw"))
    processed(daemon, 2)
    assert outbox_count(daemon) == sent_before
    last = [m for m in queries.inbox(daemon) if m.conversation_id is not None][-1]
    new_pseudonym = next(c.pseudonym for c in queries.conversations(daemon)
                         if c.id == last.conversation_id)
    outcome = last.outcome or ""
    assert "blocked" in outcome and new_pseudonym != pseudonym
    shown = daemon.cli("transcript", "show", new_pseudonym, "--reason",
                       "blokkering nagaan, overleg met Cora")
    assert "jullie zijn waardeloos" in shown.stdout  # stored, readable by coordinators
    # Unblocked: the next mail is confirmed and forwarded again.
    daemon.cli("unblock", pseudonym, "--reason", "gesprek met coordinator gehad")
    daemon.send(SEEKER, [HELPLINE], seeker_mail("sorry voor daarnet", "Sorry"))
    smarthost.wait_to(SEEKER, count=2)
    forwards_to(smarthost, KOBE, 1)  # a new conversation: to Kobe, as Vera holds the first
    audit = daemon.cli("audit").stdout
    assert f"block\t{pseudonym}\tscheldt Vera uit, adres [address]" in audit
    assert f"unblock\t{pseudonym}\tgesprek met coordinator gehad" in audit
    assert daemon.stop() == 0
    assert len(forwards_to(smarthost, VOLUNTEER)) == 1 and forwards_to(smarthost, CORA) == []
    no_personal_data_in(daemon.log() + audit, "waardeloos", "sorry voor daarnet")
