"""The outbound maildir's files go with their conversation at the purge (and all at the wipe).

In-process, real SQLite, the real maildir transport: a purged conversation's
confirmation (Delivered-To: the help-seeker) must not wait in outbox/new/ until the
year-end wipe.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select, update

from mailhandler.jobs.purge import purge
from mailhandler.jobs.wipe import wipe
from mailhandler.outbound.transport import transport_for
from mailhandler.runners.incoming import process_pending
from mailhandler.runners.outgoing import deliver_due
from mailhandler.store.db import utcnow
from mailhandler.store.models import Conversation, OutboxItem
from mailhandler.store.repository import Envelope
from tests.conftest import HELPLINE, fixture_bytes

OLD_SEEKER = "sam.peeters@gezin-peeters.example"
NEW_SEEKER = "noor@elders.example"


def _maildir_texts(ctx) -> dict[Path, bytes]:
    folder = ctx.cfg.outbound.maildir
    return {p: p.read_bytes() for sub in ("tmp", "new", "cur") for p in (folder / sub).glob("*")}


def _write_to_helpline(ctx, seeker: str) -> None:
    ctx.store.accept(fixture_bytes("spine/seeker_gmail.eml"), Envelope(seeker, (HELPLINE,)),
                     "smtp")
    process_pending(ctx)
    transport = transport_for(ctx.cfg.outbound)
    deliver_due(ctx.store, transport)
    transport.close()


def test_the_purge_shreds_the_maildir_files_of_the_conversations_it_removes(context) -> None:
    _write_to_helpline(context, OLD_SEEKER)
    with context.store.transaction() as s:
        old_id = s.scalars(select(Conversation.id)).one()
        s.execute(update(Conversation).values(
            last_activity_at=utcnow() - timedelta(days=context.cfg.transcript_days + 30)))
    _write_to_helpline(context, NEW_SEEKER)
    stray = context.cfg.outbound.maildir / "cur" / "kept-by-the-admin"
    stray.write_bytes(b"Subject: not ours\n\nhello\n")
    before = _maildir_texts(context)
    with context.store.transaction() as s:
        old_ids = [m.encode() for m in s.scalars(
            select(OutboxItem.message_id).where(OutboxItem.conversation_id == old_id))]
    # The confirmation to Sam and the forward to the one volunteer on duty it went to.
    old_files = [p for p, data in before.items() if any(m in data for m in old_ids)]
    assert len(old_files) == 2
    assert any(b"Delivered-To: " + OLD_SEEKER.encode() in before[p] for p in old_files)

    dry = purge(context.store, context.cfg, date.today(), dry_run=True)
    assert dry["outbox_files"] == len(old_files) and _maildir_texts(context) == before
    counts = purge(context.store, context.cfg, date.today())

    after = _maildir_texts(context)
    assert counts["conversations"] == 1 and counts["outbox_files"] == len(old_files)
    assert not any(OLD_SEEKER.encode() in data for data in after.values())
    assert set(after) == set(before) - set(old_files)
    assert any(NEW_SEEKER.encode() in data for data in after.values()), "the newer one stays"
    assert stray in after
    with context.store.transaction() as s:
        assert s.get(Conversation, old_id) is None


def test_the_wipe_empties_the_maildir(context) -> None:
    _write_to_helpline(context, OLD_SEEKER)
    assert _maildir_texts(context)
    counts = wipe(context.store, context.cfg)
    assert counts["outbox_files"] > 0 and _maildir_texts(context) == {}
