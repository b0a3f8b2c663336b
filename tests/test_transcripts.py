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
