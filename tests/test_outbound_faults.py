"""The outbox under faults: an unwritable sent journal, a hung or refusing smarthost,
a coordinator's address that no longer exists."""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from mailhandler.outbound.transport import MaildirTransport
from mailhandler.runners.incoming import process_pending
from mailhandler.runners.outgoing import SentJournal, deliver_due, recover
from mailhandler.store.db import utcnow
from mailhandler.store.models import OutboxItem
from mailhandler.store.repository import Envelope
from tests.conftest import HELPLINE, Smarthost, add_volunteers, fixture_bytes, free_port

SEEKER = "sam.peeters@gezin-peeters.example"


def _outbox(ctx) -> list[OutboxItem]:
    with ctx.store.reading() as s:
        return list(s.scalars(select(OutboxItem).order_by(OutboxItem.id)))


def _delivered_files(folder: Path) -> list[Path]:
    return sorted((folder / "new").glob("*"))


# --- point 4: the sent journal cannot be written -------------------------------------------------


def test_an_unwritable_sent_journal_marks_the_items_sent_in_the_database_no_duplicate(
        context, tmp_path, caplog) -> None:
    ctx = context
    ctx.store.accept(fixture_bytes("spine/seeker_gmail.eml"), Envelope(SEEKER, (HELPLINE,)),
                     "smtp")
    process_pending(ctx)
    items = _outbox(ctx)
    assert len(items) == 2  # a confirmation and the forward to the one volunteer on duty
    maildir = tmp_path / "delivered"
    transport = MaildirTransport(maildir)
    journal = SentJournal(tmp_path / "outbox-sent.journal")
    # A real fault: the journal's descriptor now writes to /dev/full (ENOSPC, a full disk).
    full = os.open("/dev/full", os.O_WRONLY)
    os.dup2(full, journal._fd)
    os.close(full)
    caplog.set_level(logging.INFO, logger="mailhandler")
    assert deliver_due(ctx.store, transport, journal=journal) == 2
    assert len(_delivered_files(maildir)) == 2
    assert {item.status for item in _outbox(ctx)} == {"sent"}
    assert "sent journal not writable (ENOSPC)" in caplog.text
    journal.close()
    # The daemon dies here and starts again with a fresh journal: nothing goes out twice.
    assert recover(ctx.store, SentJournal(tmp_path / "outbox-sent.journal")) == 0
    assert deliver_due(ctx.store, transport) == 0
    assert len(_delivered_files(maildir)) == 2
    assert SEEKER not in caplog.text


# --- point 7: a notice to the only coordinator is refused -----------------------------------------


def _smtp_transport(port: int):
    from mailhandler.config import Outbound
    from mailhandler.outbound.transport import SmtpTransport

    return SmtpTransport(Outbound(url=f"smtp://127.0.0.1:{port}", scheme="smtp",
                                  host="127.0.0.1", port=port, timeout_seconds=10))


def test_a_notice_refused_for_good_is_logged_by_number_and_never_noticed_again(
        context, smarthost, caplog) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    from mailhandler.handlers.bounce import notify_failures
    from mailhandler.runners.outgoing import lost_notices
    from mailhandler.store.models import Volunteer

    ctx = context
    with ctx.store.transaction() as s:  # the coordinator is the only one who would hear
        cora = s.scalars(select(Volunteer).where(Volunteer.coordinator.is_(True))).one()
        cora_id, cora_address = cora.id, cora.address
    ctx.store.accept(fixture_bytes("spine/seeker_gmail.eml"), Envelope(SEEKER, (HELPLINE,)),
                     "smtp")
    process_pending(ctx)
    now = utcnow()
    with ctx.store.transaction() as s:  # waited three days: coordinators are told
        s.execute(update(OutboxItem).values(created_at=now - timedelta(days=3)))
    assert notify_failures(ctx, now) == 1
    smarthost.refuse[cora_address] = "550 5.1.1 mailbox unknown"
    caplog.set_level(logging.INFO, logger="mailhandler")
    transport = _smtp_transport(smarthost.port)
    deliver_due(ctx.store, transport)
    transport.close()
    assert (f"notice to coordinator #{cora_id} could not be delivered (smtp 550)"
            in caplog.text)
    assert [r.levelname for r in caplog.records if "could not be delivered" in r.message] \
        == ["ERROR"]
    assert cora_address not in caplog.text and SEEKER not in caplog.text
    lost = lost_notices(ctx.store)
    assert [(who, error) for who, _, error in lost] == [
        (cora_id, "smtp 550 permanent failure at rcpt")]
    # No notice about the notice, now or later: that could only loop.
    kinds_before = [item.kind for item in _outbox(ctx)]
    assert notify_failures(ctx, now + timedelta(hours=1)) == 0
    assert notify_failures(ctx, now + timedelta(days=5)) == 0
    assert [item.kind for item in _outbox(ctx)] == kinds_before


# --- point 3: a hung smarthost connection, a smarthost back after an outage -----------------------


class HangingSmarthost(Smarthost):
    """Takes forwards only when released: a smarthost stuck in DATA for the team's mail."""

    def __init__(self, port: int, hang_for: str) -> None:
        super().__init__(port=port)
        self.hang_for = hang_for
        self.release = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        if any(rcpt.endswith(self.hang_for) for rcpt in envelope.rcpt_tos):
            deadline = time.monotonic() + 50  # below the transport's 60 s timeout
            while not self.release.is_set() and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
        return await super().handle_DATA(server, session, envelope)


@pytest.mark.slow
def test_a_forward_hanging_on_the_smarthost_does_not_hold_back_a_confirmation(
        make_daemon) -> None:
    host = HangingSmarthost(free_port(), hang_for="@vrijwilligers.example")
    controller = Controller(host, hostname="127.0.0.1", port=host.port)
    controller.start()
    try:
        daemon = make_daemon(outbound=f"smtp://127.0.0.1:{host.port}")
        add_volunteers(daemon.config)
        daemon.start()
        raw = fixture_bytes("spine/seeker_gmail.eml")
        daemon.send(SEEKER, [HELPLINE], raw)
        host.wait_to(SEEKER)
        # The forwards' lane is now stuck in DATA (for up to 50 s); a new help-seeker writes.
        other = "noor.jansens@school-mail.example"
        daemon.send(other, [HELPLINE], raw.replace(SEEKER.encode(), other.encode()))
        host.wait_to(other, timeout=10)  # within seconds, not after the hung forward
        assert host.to("vera@vrijwilligers.example") == []  # still hanging meanwhile
        host.release.set()
        # Each conversation went to one volunteer on duty: the first to Vera, the next to Kobe.
        host.wait_to("vera@vrijwilligers.example", timeout=30)
        host.wait_to("kobe@vrijwilligers.example", timeout=30)
        assert daemon.stop() == 0
        assert len(host.to(SEEKER)) == 1 and len(host.to(other)) == 1  # no duplicates
        assert len(host.to("vera@vrijwilligers.example")) == 1
        assert len(host.to("kobe@vrijwilligers.example")) == 1
        assert host.to("cora@coord.example") == []
    finally:
        host.release.set()
        controller.stop()


class RecoveringSmarthost(Smarthost):
    """Answers 421 ("closing down") to every MAIL while `down` is set."""

    down: bool = False

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.down:
            return "421 4.3.2 service not available"
        envelope.mail_from = address
        return "250 OK"


def _due_later(ctx) -> dict[int, str]:
    now = utcnow()
    return {item.id: item.last_error or "" for item in _outbox(ctx)
            if item.status == "pending" and item.next_attempt_at > now}


def test_after_an_outage_the_first_delivery_ends_the_backoff_of_mail_that_waited_for_the_server(
        context, caplog) -> None:
    ctx = context
    host = RecoveringSmarthost(port=free_port())
    controller = Controller(host, hostname="127.0.0.1", port=host.port)
    controller.start()
    transport = _smtp_transport(host.port)
    outage = threading.Event()  # as the daemon shares it between its delivery lanes
    caplog.set_level(logging.INFO, logger="mailhandler")
    try:
        raw = fixture_bytes("spine/seeker_gmail.eml")
        ctx.store.accept(raw, Envelope(SEEKER, (HELPLINE,)), "smtp")
        process_pending(ctx)
        host.down = True
        # A confirmation and the forward to Vera, the one on duty with the fewest open.
        assert deliver_due(ctx.store, transport, outage=outage) == 2
        assert len(_due_later(ctx)) == 2  # both wait out a backoff (20 s)
        host.down = False  # the server is back, and Vera's mailbox is busy for a while
        host.refuse["vera@vrijwilligers.example"] = "451 4.2.1 mailbox busy"
        # Nothing is due before its slot...
        assert deliver_due(ctx.store, transport, outage=outage) == 0
        other = "noor.jansens@school-mail.example"
        ctx.store.accept(raw.replace(SEEKER.encode(), other.encode()),
                         Envelope(other, (HELPLINE,)), "smtp")
        process_pending(ctx)
        # ...until a delivery goes through: then all that waited for the server at once.
        deliver_due(ctx.store, transport, outage=outage)
        assert len(host.to(SEEKER)) == 1 and len(host.to(other)) == 1
        # The second conversation went to Kobe (Vera held one); the coordinator got none.
        assert len(host.to("kobe@vrijwilligers.example")) == 1
        assert host.to("cora@coord.example") == []
        assert "smarthost back: 2 waiting item(s) due now" in caplog.text
        # Refused for itself (451 at RCPT), Vera's mail keeps its backoff.
        waiting = _due_later(ctx)
        assert sorted(waiting.values()) == ["smtp 451 temporary failure at rcpt"]
        del host.refuse["vera@vrijwilligers.example"]
        assert deliver_due(ctx.store, transport, outage=outage) == 0
    finally:
        transport.close()
        controller.stop()
