"""A smarthost down for days: mail waits, nothing is lost, coordinators are told once."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from mailhandler.handlers.bounce import notify_failures
from mailhandler.runners.incoming import process_pending
from mailhandler.store.db import utcnow
from mailhandler.store.models import OutboxItem
from mailhandler.store.repository import Envelope
from tests.conftest import HELPLINE, fixture_bytes


def _notices_to(ctx, address: str) -> list[bytes]:
    with ctx.store.transaction() as s:
        items = s.scalars(select(OutboxItem).where(OutboxItem.kind == "notice")).all()
        found = []
        for item in items:
            if ctx.store.vault.decrypt_text(item.key_id, item.rcpt_enc) == address:
                found.append(ctx.store.outgoing_message(s, item))
        return found


def test_coordinators_hear_once_when_mail_waits_longer_than_the_configured_days(context) -> None:
    ctx = context
    seeker = "sam.peeters@gezin-peeters.example"
    ctx.store.accept(fixture_bytes("spine/seeker_gmail.eml"), Envelope(seeker, (HELPLINE,)), "smtp")
    process_pending(ctx)  # a confirmation and the forward to the one on duty wait in the outbox
    now = utcnow()
    assert notify_failures(ctx, now) == 0  # fresh mail is not late
    with ctx.store.transaction() as s:
        s.execute(update(OutboxItem).values(created_at=now - timedelta(days=3)))
    assert notify_failures(ctx, now) == 1  # one coordinator, one notice
    notices = _notices_to(ctx, "cora@coord.example")
    assert len(notices) == 1
    text = notices[0].decode()
    assert "2 mail(s)" in text and "2 dag(en)" in text
    assert seeker not in text and "vriend" not in text
    assert notify_failures(ctx, now + timedelta(hours=1)) == 0  # not again for the same mail
    assert _notices_to(ctx, "vera@vrijwilligers.example") == []


def test_a_mail_without_any_usable_sender_is_quarantined_not_dropped(context) -> None:
    from mailhandler import transcripts

    ctx = context
    raw = b"Subject: vraag\r\n\r\nIk heb een vraag zonder afzender.\r\n"
    number = ctx.store.accept(raw, Envelope("a@b.example, c@d.example", (HELPLINE,)), "imap")
    process_pending(ctx)
    with ctx.store.transaction() as s:
        assert list(s.scalars(select(OutboxItem))) == []  # nowhere to confirm or answer
    assert [row[0] for row in transcripts.quarantined(ctx.store)] == [number]
