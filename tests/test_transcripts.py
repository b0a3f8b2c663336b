"""Coordinators read transcripts and quarantined mail on the server, and nothing else can."""

from __future__ import annotations

import pytest

from mailhandler.runners.incoming import process_pending
from mailhandler.store.repository import Envelope
from tests.conftest import HELPLINE, Daemon, Smarthost
from tests.test_spine import SEEKER, VOLUNTEER, alias_of, first_mail, volunteer_reply

REASON = "supervision: second reading asked by the team"


@pytest.mark.slow
def test_a_coordinator_lists_and_reads_a_conversation(daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward))
    smarthost.wait_to(SEEKER, count=2)
    pseudonym = forward.message["Subject"].split("]")[0].strip("[")
    listing = daemon.cli("transcript", "list").stdout
    assert pseudonym in listing and "owner Vera" in listing and "in 2" in listing
    shown = daemon.cli("transcript", "show", pseudonym, "--reason", REASON).stdout
    assert "verliefd ben op mijn beste vriend" in shown  # the help-seeker's words
    assert "Verliefd zijn op je beste vriend is heel normaal" in shown  # the answer
    assert SEEKER in shown  # coordinators see the original, volunteers never do
    missing = daemon.cli("transcript", "show", "NOSUCH", "--reason", REASON, check=False)
    assert missing.returncode == 1 and "no conversation" in missing.stderr


def test_quarantined_mail_is_listed_shown_and_can_be_retried(context) -> None:
    ctx = context
    number = ctx.store.accept(b"\r\n\r\n", Envelope("x@elders.example", (HELPLINE,)), "smtp")
    process_pending(ctx)
    from mailhandler import transcripts

    assert [row[0] for row in transcripts.quarantined(ctx.store)] == [number]
    read = transcripts.Read("cora", REASON)
    assert transcripts.quarantined_raw(ctx.store, number, read) == b"\r\n\r\n"
    assert transcripts.retry_quarantined(ctx.store, number)
    assert transcripts.quarantined(ctx.store) == []
    process_pending(ctx)  # still unreadable: back in quarantine, never dropped
    assert [row[0] for row in transcripts.quarantined(ctx.store)] == [number]


def test_a_quarantined_mail_is_discarded_only_with_a_reason_and_then_is_gone(context) -> None:
    # A held forged answer or unparseable junk: a coordinator judges it and deletes it, so
    # the status stops asking for the admin; never without a reason on the audit log.
    from mailhandler import transcripts
    from tests import queries

    ctx = context
    number = ctx.store.accept(b"\r\n\r\n", Envelope("x@elders.example", (HELPLINE,)), "smtp")
    process_pending(ctx)
    with pytest.raises(transcripts.ReasonRequired):
        transcripts.discard_quarantined(ctx.store, number, transcripts.Read("cora", None))
    assert [row[0] for row in transcripts.quarantined(ctx.store)] == [number]
    assert transcripts.audit_log(ctx.store) == []

    assert transcripts.discard_quarantined(ctx.store, number, transcripts.Read("cora", REASON))
    assert transcripts.quarantined(ctx.store) == []
    assert [m.id for m in queries.inbox(ctx.store)] == []
    assert queries.stored_mails(ctx.store) == 0  # its bytes went with its row
    [entry] = transcripts.audit_log(ctx.store)
    assert (entry.action, entry.conversation, entry.operator, entry.reason) == (
        "discard", f"mail {number}", "cora", REASON)
    assert not transcripts.discard_quarantined(ctx.store, number,
                                               transcripts.Read("cora", REASON))


def test_only_a_quarantined_mail_can_be_discarded(context) -> None:
    from mailhandler import transcripts
    from tests import queries

    ctx = context
    number = ctx.store.accept(b"From: x@elders.example\r\n\r\nhallo\r\n",
                              Envelope("x@elders.example", (HELPLINE,)), "smtp")
    assert not transcripts.discard_quarantined(ctx.store, number,
                                               transcripts.Read("cora", REASON))
    assert [m.id for m in queries.inbox(ctx.store)] == [number]
