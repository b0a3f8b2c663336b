"""Volunteers on duty, end to end through real SMTP: mail comes in over an SMTP listener on
127.0.0.1, the runners process it in-process, the outbox delivers to an aiosmtpd smarthost,
and volunteers answer over SMTP again. The duty job runs with the time passed in, so the
deadlines are crossed without waiting for them.
"""

from __future__ import annotations

import io
import json
import smtplib
from collections import Counter
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from mailhandler.cli import main
from mailhandler.config import load_config
from mailhandler.context import open_context
from mailhandler.handlers import Context
from mailhandler.inbound.smtp import smtp_server
from mailhandler.jobs.duty import run_duty
from mailhandler.jobs.scheduler import Scheduler
from mailhandler.outbound.transport import transport_for
from mailhandler.runners.incoming import process_pending
from mailhandler.runners.outgoing import deliver_due
from mailhandler.store.db import utcnow
from mailhandler.store.models import AuditEntry, Contact, InboundMail
from tests.conftest import HELPLINE, PRIVACY, Delivered, Smarthost, free_port, write_config
from tests.test_spine import volunteer_reply

pytestmark = pytest.mark.slow  # an SMTP listener and a smarthost per test

TEAM = ["anna", "bram", "chris", "dina", "emre"]
CORA = "cora@coord.example"


def address(nick: str) -> str:
    return f"{nick}@vrijwilligers.example"


def seeker(n: int) -> str:
    return f"jongere{n}@gezin.example"


@dataclass
class Helpline:
    ctx: Context
    config: Path
    port: int
    smarthost: Smarthost

    def cli(self, *args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["--config", str(self.config), *args])
        return code, out.getvalue(), err.getvalue()

    def send(self, mail_from: str, data: bytes | str, rcpt: str = HELPLINE) -> None:
        raw = data.encode() if isinstance(data, str) else data
        with smtplib.SMTP("127.0.0.1", self.port, timeout=30) as client:
            client.sendmail(mail_from, [rcpt], raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))

    def settle(self) -> None:
        """Process what came in and deliver what is due (as the daemon's runners do)."""
        process_pending(self.ctx)
        transport = transport_for(self.ctx.cfg.outbound)
        try:
            while deliver_due(self.ctx.store, transport):
                pass
        finally:
            transport.close()

    def forwards_to(self, who: str) -> list[Delivered]:
        """Forwards: from a conversation's alias (notices come from the helpline)."""
        return [d for d in self.smarthost.to(who)
                if d.message["From"].addresses[0].addr_spec != HELPLINE]

    def notices_to(self, who: str) -> list[str]:
        return [str(d.message["Subject"]) for d in self.smarthost.to(who)
                if d.message["From"].addresses[0].addr_spec == HELPLINE]

    def duty(self, hours: float = 0) -> dict[str, int]:
        counts = run_duty(self.ctx, utcnow() + timedelta(hours=hours))
        self.settle()
        return counts

    def outcomes(self) -> list[str]:
        with self.ctx.store.reading() as s:
            return [o or "" for o in s.scalars(select(InboundMail.outcome)
                                              .order_by(InboundMail.id))]


def unanswered(helpline: Helpline) -> int:
    status = json.loads(helpline.cli("status", "--format", "json")[1])
    return int(status["conversations"]["unanswered"])


def pseudonym(forward: Delivered) -> str:
    return str(forward.message["Subject"]).split("]")[0].strip("[")


def seeker_mail(n: int, text: str = "Ik weet niet meer wat ik moet doen met mijn ouders.",
                reply_to: Delivered | None = None) -> str:
    thread = ""
    if reply_to is not None:
        thread = (f"In-Reply-To: {reply_to.message['Message-ID']}\n"
                  f"References: {reply_to.message['Message-ID']}\n")
    return (f"From: Jongere {n} <{seeker(n)}>\nTo: {HELPLINE}\nSubject: vraag {n}\n"
            f"Message-ID: <q{n}.{free_port()}@gezin.example>\n{thread}"
            f"Content-Type: text/plain; charset=utf-8\n\n{text}\n")


DUTY = """
    [duty]
    max_open_per_volunteer = 30
    answer_within_hours = 4
    close_after_days = 30
    """


def start_helpline(tmp_path: Path, smarthost: Smarthost, duty: str,
                   database: str | None = None) -> Iterator[Helpline]:
    port = free_port()
    config = write_config(tmp_path, port, f"smtp://127.0.0.1:{smarthost.port}", extra=duty,
                          database=database)
    for nick in TEAM:
        assert main(["--config", str(config), "volunteer", "add", address(nick),
                     "--nickname", nick.title()]) == 0
    assert main(["--config", str(config), "volunteer", "add", CORA, "--nickname", "Cora",
                 "--coordinator"]) == 0
    ctx = open_context(load_config(config))
    server = smtp_server(ctx.cfg, ctx.store, lambda: None)
    server.start()
    try:
        yield Helpline(ctx, config, port, smarthost)
    finally:
        server.stop()
        ctx.store.engine.dispose()


@pytest.fixture
def helpline(tmp_path: Path, smarthost: Smarthost) -> Iterator[Helpline]:
    yield from start_helpline(tmp_path, smarthost, DUTY)


@pytest.fixture
def on_postgresql(tmp_path: Path, smarthost: Smarthost, pg_url: str) -> Iterator[Helpline]:
    yield from start_helpline(tmp_path, smarthost, DUTY, database=pg_url)


@pytest.fixture
def rostered(tmp_path: Path, smarthost: Smarthost) -> Iterator[Helpline]:
    """Chris is on the roster around the clock; nobody else is on it."""
    roster = '    roster = ["Chris daily 00:00-24:00"]\n'
    yield from start_helpline(tmp_path, smarthost, DUTY + roster)


def on_duty(helpline: Helpline, *nicks: str) -> None:
    """These on duty, the rest of the team off (without a roster everybody would be on)."""
    for nick in TEAM:
        action = "on" if nick in nicks else "off"
        assert helpline.cli("volunteer", action, address(nick))[0] == 0
    # Cora is a coordinator, not on the rota: off duty, she gets only what escalates.
    assert helpline.cli("volunteer", "off", CORA)[0] == 0


def answer(helpline: Helpline, forward: Delivered, nick: str, body: str) -> None:
    sender = CORA if nick == "cora" else address(nick)
    mail = volunteer_reply(forward, sender=sender, body=body, display=nick.title())
    helpline.send(sender, mail, rcpt=forward.message["Reply-To"].addresses[0].addr_spec)
    helpline.settle()


@pytest.mark.parametrize("store", ["helpline", "on_postgresql"])
def test_fifty_conversations_each_reach_exactly_one_volunteer_on_duty(
        store: str, request: pytest.FixtureRequest) -> None:
    helpline: Helpline = request.getfixturevalue(store)
    on_duty(helpline, "anna", "bram")
    for n in range(50):
        helpline.send(seeker(n), seeker_mail(n))
    helpline.settle()
    anna, bram = helpline.forwards_to(address("anna")), helpline.forwards_to(address("bram"))
    for nick in ("chris", "dina", "emre"):
        assert helpline.smarthost.to(address(nick)) == []  # off duty: not one word
    assert helpline.smarthost.to(CORA) == []
    reached = Counter(pseudonym(f) for f in anna + bram)
    assert len(reached) == 50 and set(reached.values()) == {1}  # each once, to one of them
    assert len(anna) == len(bram) == 25  # fewest open conversations first
    # Each forward carries the one volunteer's own alias, nobody else's.
    for forward in anna + bram:
        assert forward.rcpts in ([address("anna")], [address("bram")])
        assert forward.message["Reply-To"].addresses[0].domain == helpline.ctx.cfg.helpline.domain


def test_a_fresh_install_gives_each_conversation_to_one_of_the_whole_team_in_turn(
        helpline: Helpline) -> None:
    # Nobody set up duty: no roster, nobody put on or off. Everybody is on duty, the
    # coordinator too, and still each conversation reaches exactly one of them.
    for n in range(12):
        helpline.send(seeker(n), seeker_mail(n))
    helpline.settle()
    everyone = [address(nick) for nick in TEAM] + [CORA]
    got = {who: helpline.forwards_to(who) for who in everyone}
    reached = Counter(pseudonym(f) for forwards in got.values() for f in forwards)
    assert len(reached) == 12 and set(reached.values()) == {1}
    assert {who: len(forwards) for who, forwards in got.items()} == dict.fromkeys(everyone, 2)
    # Put off duty, a volunteer gets no new conversation.
    assert helpline.cli("volunteer", "off", address("anna"))[0] == 0
    helpline.send(seeker(12), seeker_mail(12))
    helpline.settle()
    assert len(helpline.forwards_to(address("anna"))) == 2
    assert sum(len(helpline.forwards_to(who)) for who in everyone) == 13


def test_an_unanswered_conversation_goes_to_the_next_volunteer_then_the_coordinators(
        helpline: Helpline) -> None:
    on_duty(helpline, "anna", "bram")
    helpline.send(seeker(1), seeker_mail(1))
    helpline.settle()
    [first] = helpline.forwards_to(address("anna"))
    assert unanswered(helpline) == 1  # with Anna, and not answered yet
    assert helpline.duty(hours=3) == {"closed": 0, "passed_on": 0, "to_coordinators": 0,
                                      "given_out": 0}
    assert helpline.forwards_to(address("bram")) == []
    assert helpline.duty(hours=4.1)["passed_on"] == 1
    [again] = helpline.forwards_to(address("bram"))  # the mail itself, through Bram's alias
    assert pseudonym(again) == pseudonym(first)
    assert helpline.notices_to(address("bram")) == [
        f"[{pseudonym(first)}] Dit gesprek is nu bij jou"]
    assert "meer dan 4 uur" in helpline.smarthost.to(address("bram"))[0].data.decode()
    assert again.message["Reply-To"] != first.message["Reply-To"]
    queue = helpline.cli("queue")[1]
    assert f"{pseudonym(first)}\t0m\tBram\tescalated" in queue  # the real clock: minutes
    # Four more hours after Bram got it: the coordinators.
    assert helpline.duty(hours=8.2)["to_coordinators"] == 1
    [to_cora] = helpline.forwards_to(CORA)
    assert pseudonym(to_cora) == pseudonym(first)
    assert helpline.notices_to(CORA) == [f"[{pseudonym(first)}] Dit gesprek is nu bij jou"]
    assert "escalated:coordinators" in helpline.cli("queue")[1]
    assert helpline.duty(hours=20)["to_coordinators"] == 0  # once
    # Cora answers: the first answer owns it, and the waiting is over.
    answer(helpline, to_cora, "cora", "Hoi, ik lees je.")
    assert helpline.outcomes()[-1] == "relayed"
    assert "ik lees je" in helpline.smarthost.to(seeker(1))[-1].data.decode()
    assert "\t-\tCora\tanswered" in helpline.cli("queue")[1]
    assert unanswered(helpline) == 0


def test_nobody_on_duty_queues_the_conversation_until_someone_comes_on(
        helpline: Helpline) -> None:
    on_duty(helpline, "anna")
    assert helpline.cli("volunteer", "off", address("anna"))[2].startswith("nobody is on duty")
    helpline.send(seeker(1), seeker_mail(1))
    helpline.send(seeker(2), seeker_mail(2, "Het is dringend."))
    helpline.settle()
    assert all(helpline.smarthost.to(address(n)) == [] for n in TEAM)
    assert helpline.smarthost.to(CORA) == []
    queue = helpline.cli("queue")[1].splitlines()
    assert len(queue) == 3 and all(line.endswith("queued") for line in queue[1:])
    helpline.cli("volunteer", "on", address("dina"))  # gives out the queue at once
    listing = helpline.cli("volunteer", "list")[1]
    assert f"{address('dina')}\tDina\tvolunteer\ton-duty" in listing
    assert f"{address('anna')}\tAnna\tvolunteer\toff-duty" in listing
    helpline.settle()
    assert len(helpline.forwards_to(address("dina"))) == 2
    assert "queued" not in helpline.cli("queue")[1]


def test_a_hand_back_goes_to_a_colleague_with_the_mail_and_never_reaches_the_help_seeker(
        helpline: Helpline) -> None:
    on_duty(helpline, "anna", "bram")
    helpline.send(seeker(1), seeker_mail(1, "Eerste mail."))
    helpline.settle()
    [to_anna] = helpline.forwards_to(address("anna"))
    seeker_before = len(helpline.smarthost.to(seeker(1)))
    answer(helpline, to_anna, "anna", "#thema: pesten\n#teruggeven\n")
    assert len(helpline.smarthost.to(seeker(1))) == seeker_before  # nothing to the young person
    with helpline.ctx.store.reading() as s:  # the theme tag still counts
        assert s.scalar(select(Contact.themes)) == "pesten"
    [to_bram] = helpline.forwards_to(address("bram"))
    assert pseudonym(to_bram) == pseudonym(to_anna) and "Eerste mail." in to_bram.data.decode()
    assert helpline.outcomes()[-1] == "duty:teruggeven"
    # An answer with the tag and words: the words go, the tag does not.
    answer(helpline, to_bram, "bram", "Hoi, ik ben er voor je.\n#teruggeven\n")
    sent = helpline.smarthost.to(seeker(1))[-1]
    assert "ik ben er voor je" in sent.data.decode() and "teruggeven" not in sent.data.decode()
    # Handed back after an answer: with Anna again, who gets the last mails to catch up.
    assert f"{pseudonym(to_anna)}\t-\tAnna\tanswered" in helpline.cli("queue")[1]
    assert len(helpline.forwards_to(address("anna"))) == 2


def test_closed_by_tag_or_silence_and_reopened_when_the_writer_writes_again(
        helpline: Helpline) -> None:
    on_duty(helpline, "anna", "bram")
    helpline.send(seeker(1), seeker_mail(1))
    helpline.send(seeker(2), seeker_mail(2))
    helpline.settle()
    [to_anna] = helpline.forwards_to(address("anna"))
    [to_bram] = helpline.forwards_to(address("bram"))
    answer(helpline, to_anna, "anna", "Fijn dat het beter gaat. Veel succes!\n#sluiten\n")
    to_seeker = helpline.smarthost.to(seeker(1))[-1]
    assert "Veel succes" in to_seeker.data.decode() and "sluiten" not in to_seeker.data.decode()
    assert pseudonym(to_anna) not in helpline.cli("queue")[1]
    assert f"{pseudonym(to_anna)}\t-\tAnna\tclosed" in helpline.cli("queue", "--closed")[1]
    # Silence: thirty days without mail closes the other one.
    assert helpline.duty(hours=30 * 24 + 1)["closed"] == 1
    assert helpline.cli("queue")[1].splitlines()[1:] == []
    # The young person answers the closed conversation: it opens again, with Anna (on duty,
    # room to spare), as a forward of its own.
    helpline.send(seeker(1), seeker_mail(1, "Het gaat toch weer minder.", reply_to=to_seeker))
    helpline.settle()
    reopened = helpline.forwards_to(address("anna"))[-1]
    assert pseudonym(reopened) == pseudonym(to_anna)
    assert "weer minder" in reopened.data.decode()
    assert f"{pseudonym(to_anna)}\t0m\tAnna\t-" in helpline.cli("queue")[1]
    assert pseudonym(to_bram) not in helpline.cli("queue")[1]


def test_a_coordinator_reassigns_and_the_new_volunteer_gets_the_last_mails(
        helpline: Helpline) -> None:
    on_duty(helpline, "anna", "bram")
    helpline.send(seeker(1), seeker_mail(1, "Eerste mail."))
    helpline.settle()
    [to_anna] = helpline.forwards_to(address("anna"))
    answer(helpline, to_anna, "anna", "Hoi, vertel gerust meer.")
    to_seeker = helpline.smarthost.to(seeker(1))[-1]
    helpline.send(seeker(1), seeker_mail(1, "Tweede mail.", reply_to=to_seeker))
    helpline.settle()
    conv = pseudonym(to_anna)
    code, out, _ = helpline.cli("queue", "assign", conv.lower(), address("emre"))
    assert code == 0 and "Emre" in out and "emre@" not in out
    helpline.settle()
    to_emre = helpline.forwards_to(address("emre"))
    assert [pseudonym(f) for f in to_emre] == [conv, conv]
    assert helpline.notices_to(address("emre")) == [f"[{conv}] Dit gesprek is nu bij jou"]
    assert "Eerste mail." in to_emre[0].data.decode() and "Tweede mail." in to_emre[1].data.decode()
    with helpline.ctx.store.reading() as s:
        [entry] = s.scalars(select(AuditEntry).where(AuditEntry.action == "assign"))
    assert (entry.conversation, entry.reason) == (conv, "to Emre")
    # Anna's later answer is held: the conversation is Emre's now, and she is told.
    answer(helpline, helpline.forwards_to(address("anna"))[-1], "anna", "Nog iets.")
    assert helpline.outcomes()[-1] == "held:not-owner"
    answer(helpline, to_emre[-1], "emre", "Hoi, ik neem het over.")
    assert "ik neem het over" in helpline.smarthost.to(seeker(1))[-1].data.decode()


def test_the_queue_shows_no_address_and_no_content(helpline: Helpline) -> None:
    on_duty(helpline, "anna")
    helpline.send(seeker(1), seeker_mail(1, "Mijn geheim: ik ben verliefd op Lotte."))
    helpline.settle()
    code, out, err = helpline.cli("queue", "--closed")
    assert code == 0 and out.splitlines()[0] == "conversation\twaiting\towner\tflags"
    assert len(out.splitlines()) == 2
    for needle in ("@", "gezin", "geheim", "Lotte", "verliefd", "vraag", "jongere"):
        assert needle not in out + err


def test_the_roster_puts_volunteers_on_duty_and_a_pin_overrides_it(rostered: Helpline) -> None:
    rostered.send(seeker(1), seeker_mail(1))
    rostered.settle()
    assert len(rostered.forwards_to(address("chris"))) == 1
    assert all(rostered.smarthost.to(address(n)) == [] for n in ("anna", "bram", "emre"))
    assert rostered.cli("volunteer", "off", address("chris"))[0] == 0
    rostered.send(seeker(2), seeker_mail(2))
    rostered.settle()
    assert len(rostered.forwards_to(address("chris"))) == 1  # the second one waits
    assert rostered.cli("queue")[1].count("queued") == 1
    assert rostered.cli("volunteer", "roster", address("chris"))[1] == \
        "Chris is following the roster\n"
    rostered.settle()
    assert len(rostered.forwards_to(address("chris"))) == 2


def test_the_scheduler_runs_the_escalation_on_its_own_clock(helpline: Helpline) -> None:
    on_duty(helpline, "anna", "bram")
    helpline.send(seeker(1), seeker_mail(1))
    helpline.settle()
    clock = [utcnow() + timedelta(hours=3)]
    scheduler = Scheduler(helpline.ctx.cfg, helpline.ctx.store, clock=lambda: clock[0])
    scheduler.tick()
    helpline.settle()
    assert helpline.forwards_to(address("bram")) == []
    clock[0] += timedelta(hours=1, minutes=5)  # past the four hours
    scheduler.tick()
    helpline.settle()
    assert len(helpline.forwards_to(address("bram"))) == 1


def test_a_privacy_question_stays_with_the_coordinators_even_when_handed_back(
        helpline: Helpline) -> None:
    on_duty(helpline, "anna", "bram")
    helpline.send(seeker(1), seeker_mail(1, "Welke gegevens bewaren jullie?"), rcpt=PRIVACY)
    helpline.settle()
    [to_cora] = helpline.forwards_to(CORA)  # off duty, but privacy is the coordinators'
    answer(helpline, to_cora, "cora", "#teruggeven\n")
    assert helpline.outcomes()[-1] == "duty:teruggeven"
    assert all(helpline.smarthost.to(address(n)) == [] for n in TEAM)
    code, _, err = helpline.cli("queue", "assign", pseudonym(to_cora), address("anna"))
    assert code == 2 and "coordinators" in err
