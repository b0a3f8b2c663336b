"""The outbox under faults: an unwritable sent journal, a hung or refusing smarthost,
a coordinator's address that no longer exists."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlalchemy import select

from mailhandler.outbound.transport import MaildirTransport
from mailhandler.runners.incoming import process_pending
from mailhandler.runners.outgoing import SentJournal, deliver_due, recover
from mailhandler.store.models import OutboxItem
from mailhandler.store.repository import Envelope
from tests.conftest import HELPLINE, fixture_bytes

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
    assert len(items) == 4  # a confirmation and three forwards
    maildir = tmp_path / "delivered"
    transport = MaildirTransport(maildir)
    journal = SentJournal(tmp_path / "outbox-sent.journal")
    # A real fault: the journal's descriptor now writes to /dev/full (ENOSPC, a full disk).
    full = os.open("/dev/full", os.O_WRONLY)
    os.dup2(full, journal._fd)
    os.close(full)
    caplog.set_level(logging.INFO, logger="mailhandler")
    assert deliver_due(ctx.store, transport, journal=journal) == 4
    assert len(_delivered_files(maildir)) == 4
    assert {item.status for item in _outbox(ctx)} == {"sent"}
    assert "sent journal not writable (ENOSPC)" in caplog.text
    journal.close()
    # The daemon dies here and starts again with a fresh journal: nothing goes out twice.
    assert recover(ctx.store, SentJournal(tmp_path / "outbox-sent.journal")) == 0
    assert deliver_due(ctx.store, transport) == 0
    assert len(_delivered_files(maildir)) == 4
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
    from mailhandler.store.db import utcnow
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
