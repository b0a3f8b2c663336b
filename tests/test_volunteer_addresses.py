"""One address rule: `volunteer add` refuses what compose would refuse, and one bad address
already stored never stops the forwards to the rest of the team."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from mailhandler.config import load_config
from mailhandler.store.db import open_database, utcnow
from mailhandler.store.models import Volunteer
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
    wait_team_forwards,
    write_config,
)

SEEKER = "sam.peeters@gezin-peeters.example"
TEAM = ("vera@vrijwilligers.example", "kobe@vrijwilligers.example", "cora@coord.example")
BAD = "jan,piet@x.example"  # what `volunteer add` used to accept: two addresses to compose


def test_volunteer_add_refuses_what_compose_would_refuse_in_one_line(tmp_path: Path) -> None:
    config = write_config(tmp_path, free_port(), f"maildir:{tmp_path / 'outbox'}")
    for bad in (BAD, "jan piet@x.example", "<jan@x.example>", "jan@x.example\r\nBcc: a@b",
                "jan", "=?utf-8?q?jan?=@x.example"):
        result = run_cli(config, "volunteer", "add", bad, "--nickname", "Jan", check=False)
        assert result.returncode == 2, (bad, result.stderr)
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert "nothing added" in result.stderr
    listed = run_cli(config, "volunteer", "list", check=False)
    assert listed.stdout == ""


def test_volunteer_add_refuses_the_helplines_own_addresses_and_domain(tmp_path: Path) -> None:
    config = write_config(tmp_path, free_port(), f"maildir:{tmp_path / 'outbox'}")
    for own in (HELPLINE, "Someone@Lumi.Example", "x@sub.lumi.example"):
        result = run_cli(config, "volunteer", "add", own, "--nickname", "Own", check=False)
        assert result.returncode == 2, (own, result.stderr)
        assert "own address" in result.stderr


def _store_bad_volunteer(config: Path) -> int:
    """A bad address stored before the check existed (or written into the database)."""
    engine = open_database(load_config(config).storage.database)
    try:
        with Session(engine) as s, s.begin():
            volunteer = Volunteer(address=BAD, nickname="Jan", coordinator=False, active=True,
                                  created_at=utcnow())
            s.add(volunteer)
            s.flush()
            return volunteer.id
    finally:
        engine.dispose()


@pytest.mark.slow
def test_a_stored_bad_address_is_skipped_and_the_team_still_gets_every_forward(
        make_daemon: Callable[..., Daemon], smarthost: Smarthost) -> None:
    daemon = make_daemon()
    add_volunteers(daemon.config)
    bad_id = _store_bad_volunteer(daemon.config)
    daemon.start()
    for _ in range(2):
        daemon.send(SEEKER, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
    # Two conversations, each to one volunteer on duty with a good address: never to Jan.
    forwards = wait_team_forwards(smarthost, 2, team=TEAM)
    assert len({pseudonym_of(f) for f in forwards}) == 2
    smarthost.wait_to(SEEKER)
    wait_for(lambda: f"volunteer {bad_id} has an address" in daemon.log(), 10,
             "the ERROR line about the bad volunteer")
    assert daemon.stop() == 0
    log = daemon.log()
    assert re.search(rf"ERROR .*volunteer {bad_id} has an address", log), log
    assert "piet" not in log and "jan," not in log  # named by id, never by address
    assert all("piet" not in rcpt for d in smarthost.received for rcpt in d.rcpts)
    assert "quarantine" not in log.lower()
    # The admin can still remove it by the address it was stored under.
    assert run_cli(daemon.config, "volunteer", "remove", BAD).returncode == 0
