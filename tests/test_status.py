"""`mailhandler status`: the daemon's state for an admin, counts and pseudonyms only.

Through the real command line against a real daemon, its SQLite database and an aiosmtpd
smarthost; the exit status is what cron and monitoring act on.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
import sqlite3
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from mailhandler.store.db import utcnow
from mailhandler.store.models import JobRun
from tests import queries
from tests.conftest import (
    HELPLINE,
    Daemon,
    Smarthost,
    add_volunteers,
    fixture_bytes,
    free_port,
    pseudonym_of,
    run_cli,
    wait_for,
    write_config,
)
from tests.test_spine import SEEKER, first_mail, volunteer_reply

LIEN = "lien@dkim-team.example"  # her domain publishes no SPF: her unsigned answers are held


def _seeker_words() -> set[str]:
    """Every word the help-seeker wrote, their subject and their address."""
    message = email.message_from_bytes(fixture_bytes("spine/seeker_gmail.eml"),
                                       policy=email.policy.default)
    body = message.get_body().get_content()  # type: ignore[union-attr]
    return {w.lower() for w in re.findall(r"\w+", f"{body} {message['Subject']} {SEEKER}")}


def _assert_nothing_of_the_seeker(output: str) -> None:
    assert SEEKER not in output
    assert "vraag over mijn vriend" not in output.lower()
    leaked = _seeker_words() & {w.lower() for w in re.findall(r"\w+", output)}
    assert not leaked, f"words of the help-seeker in the status: {leaked}"


def test_an_empty_installation_is_all_zeros_and_well(tmp_path: Path) -> None:
    config = write_config(tmp_path, free_port(), f"maildir:{tmp_path / 'outbox'}")
    result = run_cli(config, "status")
    assert result.returncode == 0
    assert "0 to process, 0 to forward, 0 quarantined (0 held answers)" in result.stdout
    assert "0 confirmations and 0 others pending (oldest -)" in result.stdout
    assert "0 failed, 0 bounced; 0 lost notices" in result.stdout
    assert "0 open, 0 not answered yet" in result.stdout
    assert re.search(r"purge\s+last never, next due \d{4}-\d\d-\d\d 03:30", result.stdout)
    assert re.search(r"wipe\s+last never, next due \d{4}-12-31 23:00", result.stdout)
    assert "OVERDUE" not in result.stdout
    assert "all well" in result.stdout
    assert str(tmp_path / "var" / "mailhandler.db") in result.stdout

    data = json.loads(run_cli(config, "status", "--format", "json").stdout)
    assert set(data) == {"database", "inbound", "outbox", "conversations", "jobs", "keys",
                         "problems"}
    assert data["inbound"] == {"new": 0, "forwarding": 0, "quarantined": 0, "held_answers": 0}
    assert data["outbox"]["pending_confirmations"] == 0
    assert data["outbox"]["oldest_pending_seconds"] is None
    assert data["conversations"] == {"open": 0, "unanswered": 0, "oldest_unanswered": None,
                                     "oldest_unanswered_seconds": None}
    assert set(data["jobs"]) == {"purge", "wipe"} and not data["jobs"]["purge"]["overdue"]
    assert data["keys"] == {"live": 0, "missing": 0} and data["problems"] == []


@pytest.mark.slow
def test_a_mail_waiting_on_a_refusing_smarthost_shows_as_pending_and_unanswered(
        make_daemon: Callable[..., Daemon], smarthost: Smarthost) -> None:
    smarthost.refuse_with = "451 4.3.0 Try again later"
    daemon = make_daemon()
    add_volunteers(daemon.config)
    daemon.start()
    daemon.send(SEEKER, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
    wait_for(lambda: queries.tried(daemon, "confirmation") == 1,
             what="a refused first attempt")
    pseudonym = queries.conversations(daemon)[0].pseudonym
    time.sleep(1.1)  # an age of at least a second, so it cannot read as zero by accident

    result = daemon.cli("status")
    assert result.returncode == 0, result.stdout  # waiting on a smarthost is not yet failure
    assert re.search(r"1 confirmations and [1-9]\d* others pending \(oldest \d+ (s|min)\)",
                     result.stdout), result.stdout
    assert f"1 open, 1 not answered yet; oldest {pseudonym}, waiting " in result.stdout
    _assert_nothing_of_the_seeker(result.stdout + result.stderr)

    json_result = daemon.cli("status", "--format", "json")
    data = json.loads(json_result.stdout)
    assert data["outbox"]["pending_confirmations"] == 1
    assert data["outbox"]["pending_other"] >= 1
    assert data["outbox"]["oldest_pending_seconds"] >= 1
    assert data["conversations"]["oldest_unanswered"] == pseudonym
    assert data["conversations"]["oldest_unanswered_seconds"] >= 1
    assert data["keys"]["live"] == 1 and data["problems"] == []
    _assert_nothing_of_the_seeker(json_result.stdout + json_result.stderr)


@pytest.mark.slow
def test_a_held_answer_in_quarantine_makes_the_status_ask_for_the_admin(
        make_daemon: Callable[..., Daemon], smarthost: Smarthost) -> None:
    daemon = make_daemon()
    add_volunteers(daemon.config)
    daemon.cli("volunteer", "add", LIEN, "--nickname", "Lien")
    daemon.start()
    _, to_vera = first_mail(daemon, smarthost)
    # A coordinator gives the conversation to Lien: a notice, then her own forward.
    daemon.cli("queue", "assign", pseudonym_of(to_vera), LIEN)
    forward = [d for d in smarthost.wait_to(LIEN, count=2) if d.message["Reply-To"]][0]
    alias = forward.message["Reply-To"].addresses[0].addr_spec
    daemon.send(LIEN, [alias], volunteer_reply(forward, sender=LIEN, display="Lien"))
    wait_for(lambda: queries.inbox_count(daemon, "quarantined") == 1,
             what="the unauthenticated answer to be held")

    result = daemon.cli("status", check=False)
    assert result.returncode == 1
    assert "1 quarantined (1 held answers)" in result.stdout
    assert "needs attention: 1 quarantined" in result.stdout
    _assert_nothing_of_the_seeker(result.stdout + result.stderr)
    assert LIEN not in result.stdout
    data = json.loads(daemon.cli("status", "--format", "json", check=False).stdout)
    assert data["inbound"]["quarantined"] == 1 and data["inbound"]["held_answers"] == 1
    assert data["problems"] == ["1 quarantined"]

    # A coordinator judges the held answer and deletes it: nothing needs the admin any more.
    [number] = [line.split("\t")[0] for line in
                daemon.cli("quarantine", "list").stdout.splitlines()]
    refused = daemon.cli("quarantine", "discard", number, check=False)
    assert refused.returncode == 2 and "reason" in refused.stderr
    discarded = daemon.cli("quarantine", "discard", number, "--reason",
                           "vervalst antwoord, nagekeken met Cora")
    assert f"mail {number} deleted" in discarded.stdout
    assert daemon.cli("status").returncode == 0
    assert queries.inbox_count(daemon, "quarantined") == 0


@pytest.mark.slow
def test_a_failed_confirmation_and_a_missing_key_each_ask_for_the_admin(
        make_daemon: Callable[..., Daemon], smarthost: Smarthost) -> None:
    smarthost.refuse[SEEKER] = "550 5.1.1 No such user"
    daemon = make_daemon()
    add_volunteers(daemon.config)
    daemon.start()
    daemon.send(SEEKER, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
    wait_for(lambda: queries.outbox_count(daemon, "failed") == 1,
             what="the refused confirmation to fail for good")
    result = daemon.cli("status", check=False)
    assert result.returncode == 1
    assert "last 7 days: 1 failed, 0 bounced" in result.stdout
    assert "needs attention: 1 outbox failed" in result.stdout
    _assert_nothing_of_the_seeker(result.stdout + result.stderr)

    daemon.stop()
    # Raw SQL on purpose: the key's bytes lost from the database, behind the store's back.
    with sqlite3.connect(queries.database_file(daemon)) as conn:
        conn.execute("UPDATE encryption_keys SET wrapped = NULL")
    data = json.loads(daemon.cli("status", "--format", "json", check=False).stdout)
    assert data["keys"] == {"live": 1, "missing": 1}
    assert data["problems"] == ["1 outbox failed", "1 keys missing"]


def test_a_purge_that_has_not_run_for_days_is_overdue(tmp_path: Path) -> None:
    config = write_config(tmp_path, free_port(), f"maildir:{tmp_path / 'outbox'}")
    assert run_cli(config, "status").returncode == 0  # makes the tables
    with queries.writing(tmp_path / "var" / "mailhandler.db") as s:
        # Installed three days ago, and no purge since: the daemon has not been running.
        s.add(JobRun(job="install", at=utcnow() - timedelta(days=3), counts="{}"))
    result = run_cli(config, "status", check=False)
    assert result.returncode == 1
    assert re.search(r"purge\s+last never, next due .*OVERDUE", result.stdout), result.stdout
    assert "needs attention: purge overdue" in result.stdout
    data = json.loads(run_cli(config, "status", "--format", "json", check=False).stdout)
    assert data["jobs"]["purge"]["overdue"] and not data["jobs"]["wipe"]["overdue"]


def test_status_on_postgresql_names_the_host_and_reads_the_same(
        tmp_path: Path, pg_url: str) -> None:
    config = write_config(tmp_path, free_port(), f"maildir:{tmp_path / 'outbox'}",
                          database=pg_url)
    result = run_cli(config, "status")
    assert result.returncode == 0 and "all well" in result.stdout
    assert "(postgresql on 127.0.0.1)" in result.stdout
    data = json.loads(run_cli(config, "status", "--format", "json").stdout)
    assert data["inbound"]["quarantined"] == 0 and data["keys"]["live"] == 0
