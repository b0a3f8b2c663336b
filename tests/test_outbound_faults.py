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
