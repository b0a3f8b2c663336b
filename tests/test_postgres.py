"""The same daemon on PostgreSQL: the storage layer runs there unchanged."""

from __future__ import annotations

import pytest

from tests import queries
from tests.conftest import HELPLINE, Smarthost, add_volunteers, fixture_bytes
from tests.test_spine import SEEKER, VOLUNTEER, alias_of, volunteer_reply

# Every test here starts a real daemon or server process.
pytestmark = pytest.mark.slow


def test_a_whole_conversation_runs_on_postgresql(make_daemon, smarthost: Smarthost,
                                                 pg_url: str) -> None:
    daemon = make_daemon(database=pg_url)
    add_volunteers(daemon.config)
    daemon.start()
    daemon.send(SEEKER, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
    smarthost.wait_to(SEEKER)
    forward = smarthost.wait_to(VOLUNTEER)[0]
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward))
    answer = smarthost.wait_to(SEEKER, count=2)[1]
    assert answer.message["In-Reply-To"] == "<CAF3kq9-seeker-first@mail.gezin-peeters.example>"
    assert queries.contacts(pg_url)[0].themes == "coming-out,familie"
    raw = queries.inbox(pg_url)[0].raw_enc
    assert SEEKER.encode() not in bytes(raw)  # type: ignore[arg-type]


def test_kill_9_after_the_250_loses_nothing_on_postgresql(make_daemon, smarthost: Smarthost,
                                                           pg_url: str) -> None:
    daemon = make_daemon(database=pg_url)
    add_volunteers(daemon.config)
    daemon.start("--accept-only")
    daemon.send(SEEKER, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
    daemon.kill()
    daemon.start()
    smarthost.wait_to(SEEKER)
    smarthost.wait_to(VOLUNTEER)


def test_purge_and_wipe_on_postgresql_leave_only_the_anonymous_record(
        make_daemon, smarthost: Smarthost, pg_url: str) -> None:
    from datetime import date, timedelta

    daemon = make_daemon(database=pg_url)
    add_volunteers(daemon.config)
    daemon.start()
    daemon.send(SEEKER, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
    forward = smarthost.wait_to(VOLUNTEER)[0]
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward))
    smarthost.wait_to(SEEKER, count=2)
    later = str(date.today() + timedelta(days=200))
    assert "conversations: 1" in daemon.cli("purge", "--as-of", later, "--dry-run").stdout
    assert "mails received: 2" in daemon.cli("wipe", "--dry-run").stdout
    assert "wiped:" in daemon.cli("wipe", "--yes").stdout
    for table in ("conversations", "inbound", "outbox", "message_links", "confirmation_memo"):
        assert queries.table_rows(pg_url, table) == 0, table
    assert queries.table_rows(pg_url, "contacts") == 1
