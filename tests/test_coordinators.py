"""The coordinators' three powers, each limited and audited: read, reveal, redact for training.

Every read of content goes on the audit log in the same transaction as the read:
when the log cannot be written, nothing is shown. A reveal needs a reason. The wipe
removes every mail but keeps the log, which holds no content.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from mailhandler import transcripts
from mailhandler.runners.incoming import process_pending
from mailhandler.store.repository import Envelope
from tests import queries
from tests.conftest import HELPLINE, Daemon, Smarthost, fixture_bytes
from tests.test_spine import SEEKER, VOLUNTEER, alias_of, first_mail, volunteer_reply

REASON = "supervision: second reading asked by the team"
OPERATOR = transcripts.Read("cora", REASON)


def _pseudonym(forward) -> str:
    return forward.message["Subject"].split("]")[0].strip("[")


def _audit_lines(daemon: Daemon) -> list[list[str]]:
    return [line.split("\t") for line in daemon.cli("audit").stdout.splitlines()]


@pytest.mark.slow
def test_transcript_show_has_the_original_headers_and_leaves_a_trail(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    pseudonym = _pseudonym(forward)
    assert _audit_lines(daemon) == []
    listing = daemon.cli("transcript", "list").stdout
    assert pseudonym in listing and SEEKER not in listing  # the list holds no address
    assert _audit_lines(daemon) == []  # listing pseudonyms reads no content
    shown = daemon.cli("transcript", "show", pseudonym, "--reason", REASON).stdout
    assert "X-Originating-IP: [127.0.0.78]" in shown  # what volunteers never see
    assert "Message-ID: <CAF3kq9-seeker-first@mail.gezin-peeters.example>" in shown
    [entry] = _audit_lines(daemon)
    assert entry[2:] == ["transcript", pseudonym, REASON] and entry[1]


@pytest.mark.slow
def test_a_reveal_prints_the_real_address_and_logs_operator_and_reason(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    pseudonym = _pseudonym(forward)
    reason = "danger to others: threat against a classmate, police informed"
    shown = daemon.cli("reveal", pseudonym.lower(), "--reason", reason)
    assert shown.stdout.strip() == SEEKER
    [entry] = _audit_lines(daemon)
    assert entry[2:] == ["reveal", pseudonym, reason]
    assert SEEKER not in daemon.cli("audit").stdout


@pytest.mark.slow
@pytest.mark.parametrize("reason", [None, "", "   ", ".", "x" * 40, "because I can",
                                    "!!!! ???? .... ---- ____ ,,,,"])
def test_a_reveal_without_a_reason_is_refused_and_reveals_nothing(
        reason: str | None, daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    args = ["reveal", _pseudonym(forward)] + ([] if reason is None else ["--reason", reason])
    refused = daemon.cli(*args, check=False)
    assert refused.returncode == 2
    assert SEEKER not in refused.stdout + refused.stderr
    assert "reason" in refused.stderr
    assert _audit_lines(daemon) == []


@pytest.mark.slow
def test_an_unknown_conversation_is_neither_shown_nor_revealed(daemon: Daemon) -> None:
    for args in (("transcript", "show", "NOSUCH"), ("reveal", "NOSUCH"), ("fragment", "NOSUCH")):
        missing = daemon.cli(*args, "--reason", REASON, check=False)
        assert missing.returncode == 1 and "no conversation NOSUCH" in missing.stderr
    for args in (("transcript", "show", "NOSUCH"), ("fragment", "NOSUCH")):
        refused = daemon.cli(*args, check=False)  # no reason: refused before looking
        assert refused.returncode == 2 and "reason" in refused.stderr


def _conversation(ctx) -> str:
    ctx.store.accept(fixture_bytes("spine/seeker_gmail.eml"), Envelope(SEEKER, (HELPLINE,)),
                     "smtp")
    process_pending(ctx)
    [line] = transcripts.conversations(ctx.store)
    return line.pseudonym


def _refuse_audit_rows(ctx) -> None:
    """The fault: the audit log cannot be written (a full disk, a broken table).

    Raw SQL on purpose: a trigger breaks the table behind the store's back."""
    with ctx.store.engine.begin() as conn:
        conn.execute(text("CREATE TRIGGER no_audit BEFORE INSERT ON audit_log "
                          "BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END"))


def test_no_transcript_read_reveal_or_fragment_without_a_trail(context) -> None:
    pseudonym = _conversation(context)
    _refuse_audit_rows(context)
    reads = (lambda: transcripts.transcript(context.store, pseudonym, OPERATOR),
             lambda: transcripts.reveal(context.store, pseudonym, OPERATOR),
             lambda: transcripts.fragment(context.store, pseudonym, OPERATOR))
    for read in reads:
        with pytest.raises(Exception, match="audit log unavailable"):
            read()
    assert transcripts.audit_log(context.store) == []


def test_a_quarantined_mail_is_shown_only_with_a_trail(context) -> None:
    number = context.store.accept(b"\r\n\r\n", Envelope("x@elders.example", (HELPLINE,)), "smtp")
    process_pending(context)
    assert transcripts.quarantined_raw(context.store, number, OPERATOR) == b"\r\n\r\n"
    [entry] = transcripts.audit_log(context.store)
    assert (entry.action, entry.conversation, entry.operator) == (
        "quarantine", f"mail {number}", "cora")
    _refuse_audit_rows(context)
    with pytest.raises(Exception, match="audit log unavailable"):
        transcripts.quarantined_raw(context.store, number, OPERATOR)


@pytest.mark.slow
def test_fragment_is_the_conversation_redacted_and_audited(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward))
    smarthost.wait_to(SEEKER, count=2)
    pseudonym = _pseudonym(forward)
    whole = daemon.cli("fragment", pseudonym, "--reason", REASON).stdout
    assert "--- 1 (help-seeker)" in whole and "--- 2 (volunteer)" in whole
    assert "verliefd ben op mijn beste vriend" in whole  # the words stay
    assert "Ik ben [NAAM]" in whole
    for identifying in ("Sam", "Peeters", SEEKER, "gezin-peeters", "Vera", "Verstraete",
                        "0470", "Kerkstraat", "30-11-2026", "2026"):
        assert identifying not in whole, identifying
    second = daemon.cli("fragment", pseudonym, "--message", "2", "--reason", REASON).stdout
    assert second.startswith("--- 2 (volunteer)") and "(help-seeker)" not in second
    beyond = daemon.cli("fragment", pseudonym, "--message", "9", "--reason", REASON,
                        check=False)
    assert beyond.returncode == 1 and "has no message 9" in beyond.stderr
    assert [e[2] for e in _audit_lines(daemon)] == ["fragment"] * 3


@pytest.mark.slow
def test_the_wipe_keeps_the_audit_log_and_no_content(daemon: Daemon,
                                                     smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    pseudonym = _pseudonym(forward)
    daemon.cli("transcript", "show", pseudonym, "--reason", REASON)
    daemon.cli("reveal", pseudonym, "--reason", "duty to report: Sam Peeters is in danger")
    before = _audit_lines(daemon)
    daemon.cli("wipe", "--yes")
    after = _audit_lines(daemon)
    # When, who, which pseudonym, what kind: kept. The reason (it named Sam): blanked.
    assert [e[:4] for e in after] == [e[:4] for e in before] and len(after) == 2
    assert [e[4] for e in after] == ["-", "-"]
    assert daemon.cli("transcript", "show", pseudonym, "--reason", REASON,
                      check=False).returncode == 1
    rows = queries.audit_rows(daemon)
    dump = repr(rows)
    for personal in (SEEKER, "Sam", "Peeters", "verliefd", "127.0.0.78", "Vraag over"):
        assert personal not in dump


@pytest.mark.slow
def test_a_purged_conversation_has_nothing_left_to_show(daemon: Daemon,
                                                        smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    pseudonym = _pseudonym(forward)
    daemon.cli("purge", "--as-of", str(date.today() + timedelta(days=200)))
    for args in (("transcript", "show", pseudonym), ("reveal", pseudonym),
                 ("fragment", pseudonym)):
        assert daemon.cli(*args, "--reason", REASON, check=False).returncode == 1
    assert _audit_lines(daemon) == []
