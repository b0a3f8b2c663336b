"""The purge, the wipe and their schedule, proven on the bytes left on disk."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from mailhandler.config import load_config
from mailhandler.core.retention import Schedule, answer_bucket, purge_cutoff
from mailhandler.store.models import JobRun
from mailhandler.store.vault import KeyDestroyed, Vault
from tests import queries
from tests.conftest import HELPLINE, Daemon, Smarthost, add_volunteers, fixture_bytes, wait_for
from tests.dovecot import Dovecot, dovecot  # noqa: F401  (a fixture)
from tests.test_spine import SEEKER, VOLUNTEER, alias_of, first_mail, volunteer_reply

BRUSSELS = ZoneInfo("Europe/Brussels")
SCHEDULE = Schedule.parse(BRUSSELS, "03:30", "12-31 23:00")


def utc(local: str) -> datetime:
    """A Brussels wall-clock time as the naive UTC the database stores."""
    moment = datetime.fromisoformat(local).replace(tzinfo=BRUSSELS)
    return moment.astimezone(UTC).replace(tzinfo=None)


# --- the schedule, with the clock in our hands ------------------------------------------------


def test_the_wipe_is_due_once_the_last_evening_of_the_year_has_come() -> None:
    installed = utc("2026-03-01 10:00")
    assert "wipe" not in SCHEDULE.due(utc("2026-12-31 22:59"), {}, installed)
    assert "wipe" in SCHEDULE.due(utc("2026-12-31 23:00"), {}, installed)
    ran = {"wipe": utc("2026-12-31 23:00")}
    assert "wipe" not in SCHEDULE.due(utc("2027-01-01 09:00"), ran, installed)


def test_a_wipe_missed_while_the_daemon_was_down_is_due_at_the_next_start() -> None:
    installed = utc("2026-03-01 10:00")
    last = {"wipe": utc("2025-12-31 23:00"), "purge": utc("2026-12-30 03:30")}
    assert SCHEDULE.due(utc("2027-01-02 08:00"), last, installed) == ["wipe", "purge"]


def test_a_new_installation_does_not_wipe_at_its_first_start() -> None:
    now = utc("2026-11-30 12:00")
    assert SCHEDULE.due(now, {}, installed_at=now) == []


def test_the_purge_is_due_every_day_at_its_time() -> None:
    installed = utc("2026-03-01 10:00")
    ran = {"purge": utc("2026-06-10 03:30")}
    assert SCHEDULE.due(utc("2026-06-11 03:29"), ran, installed) == []
    assert SCHEDULE.due(utc("2026-06-11 03:30"), ran, installed) == ["purge"]


def test_a_wipe_on_29_february_falls_back_to_the_28th_in_common_years() -> None:
    leap = Schedule.parse(BRUSSELS, "03:30", "02-29 12:00")
    assert leap.last_wipe_moment(utc("2027-03-01 00:00")) == utc("2027-02-28 12:00")


def test_the_cutoff_is_the_retention_period_before_the_day() -> None:
    cutoff = purge_cutoff(date(2026, 7, 1), 183, BRUSSELS)
    assert cutoff == utc("2025-12-30 00:00")


def test_the_first_answer_is_kept_only_as_a_bucket() -> None:
    asked = datetime(2026, 5, 1, 12, 0)
    assert answer_bucket(asked, asked + timedelta(minutes=59)) == "<1h"
    assert answer_bucket(asked, asked + timedelta(hours=30)) == "1-3d"
    assert answer_bucket(asked, asked + timedelta(days=30)) == ">7d"


# --- the purge ------------------------------------------------------------------------------


def _converse(daemon: Daemon, smarthost: Smarthost) -> None:
    _, forward = first_mail(daemon, smarthost)
    daemon.send(VOLUNTEER, [alias_of(forward)], volunteer_reply(forward))
    smarthost.wait_to(SEEKER, count=2)


def _count(daemon: Daemon, table: str) -> int:
    return queries.table_rows(daemon, table)


@pytest.mark.slow
def test_purge_removes_conversations_older_than_the_retention_period_only(
        daemon: Daemon, smarthost: Smarthost) -> None:
    _converse(daemon, smarthost)
    today = date.today()
    soon = daemon.cli("purge", "--as-of", str(today + timedelta(days=100)), "--dry-run")
    assert "conversations: 0" in soon.stdout
    late = daemon.cli("purge", "--as-of", str(today + timedelta(days=200)), "--dry-run")
    assert "conversations: 1" in late.stdout and "mails received: 2" in late.stdout
    assert _count(daemon, "conversations") == 1  # a dry run changes nothing
    done = daemon.cli("purge", "--as-of", str(today + timedelta(days=200)))
    assert "purged" in done.stdout and "conversations: 1" in done.stdout
    for table in ("conversations", "inbound", "outbox", "message_links"):
        assert _count(daemon, table) == 0, table
    contacts = queries.contacts(daemon)
    assert (len(contacts), min(k.closed for k in contacts)) == (1, 1)
    assert queries.job_runs(daemon, "purge") == 1


# --- the wipe ---------------------------------------------------------------------------------

SECRETS = [SEEKER, "Sam Peeters", "Vraag over mijn vriend", "verliefd ben op mijn beste vriend",
           "Verliefd zijn op je beste vriend", "CAF3kq9-seeker-first", "gezin-peeters"]


def _files_holding(root: Path, needles: list[str]) -> list[tuple[Path, str]]:
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for needle in needles:
                for form in (needle.encode(), needle.encode("utf-16-le")):
                    if form in data:
                        found.append((path, needle))
    return found


@pytest.mark.slow
def test_the_wipe_leaves_no_byte_of_any_mail_on_disk_and_the_daemon_runs_on(
        make_daemon, smarthost: Smarthost) -> None:
    daemon = make_daemon(outbound="maildir:var/outbox")
    add_volunteers(daemon.config)
    daemon.start()
    daemon.send(SEEKER, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
    var = daemon.config.parent / "var"
    outbox = var / "outbox" / "new"
    wait_for(lambda: len(list(outbox.glob("*"))) >= 2,  # to the one volunteer on duty
             what="confirmation and forward")
    # The outbound maildir holds mail in clear: the wipe must take it too.
    assert _files_holding(var, SECRETS)
    dry = daemon.cli("wipe", "--dry-run")
    assert "mails received: 1" in dry.stdout and "outbox files: 2" in dry.stdout
    done = daemon.cli("wipe", "--yes")
    assert "wiped:" in done.stdout and "keys: 1" in done.stdout
    assert _files_holding(var, SECRETS) == []
    for table in ("conversations", "inbound", "outbox", "message_links", "confirmation_memo"):
        assert _count(daemon, table) == 0, table
    assert _count(daemon, "contacts") == 1  # the anonymous record stays for the report
    # The daemon keeps working, under a new key.
    daemon.send(SEEKER, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
    wait_for(lambda: len(list(outbox.glob("*"))) >= 2, what="mail after the wipe")
    assert daemon.stop() == 0


@pytest.mark.slow
def test_after_the_wipe_no_host_can_read_a_backup_taken_before_it(
        daemon: Daemon, smarthost: Smarthost, tmp_path: Path) -> None:
    """The keys live in the database, wrapped by a key derived from the helpline secret:
    after the wipe the database holds them no more, on disk either, so a host that comes
    up with the same configuration cannot read the old year's mail from a backup of the
    mail rows. (A backup of the whole database taken before the wipe still holds the
    wrapped key: with the secret, that one stays readable; the README says so.)"""
    from sqlalchemy import create_engine

    _converse(daemon, smarthost)
    var = daemon.config.parent / "var"
    database = var / "mailhandler.db"
    daemon.stop()
    backup = tmp_path / "backup.db"
    with sqlite3.connect(database) as source, sqlite3.connect(backup) as target:
        source.backup(target)  # SQLite's online backup, as an admin's would be made
    first = queries.inbox(backup)[0]
    key_id, blob = first.key_id, first.raw_enc
    wrapped = queries.wrapped_key(backup, key_id)
    secret = load_config(daemon.config).helpline.secret
    engine = create_engine(f"sqlite:///{database}")
    assert b"beste vriend" in Vault(engine, secret).decrypt(key_id, blob)  # before the wipe
    assert not (var / "keys").exists()  # no key kept outside the database
    daemon.cli("wipe", "--yes")
    with pytest.raises(KeyDestroyed):
        Vault(engine, secret).decrypt(key_id, blob)
    engine.dispose()
    key_bytes = bytes(wrapped)[12:28]  # part of the wrapped key, as a page would hold it
    assert [p for p in var.rglob("*") if p.is_file() and key_bytes in p.read_bytes()] == []


@pytest.mark.slow
def test_a_wipe_missed_while_the_daemon_was_down_runs_at_its_next_start(
        make_daemon, smarthost: Smarthost) -> None:
    daemon = make_daemon()
    add_volunteers(daemon.config)
    daemon.start()
    _converse(daemon, smarthost)
    assert daemon.stop() == 0
    # The wipe moment passed an hour ago while the daemon was down, and it was
    # installed well before that.
    cfg = load_config(daemon.config)
    local = datetime.now(cfg.helpline.tz) - timedelta(hours=1)
    with open(daemon.config, "a") as fh:
        fh.write(f'\n[wipe]\nat = "{local:%m-%d %H:%M}"\n')
    with queries.writing(daemon) as s:
        s.execute(update(JobRun).where(JobRun.job == "install")
                  .values(at=(datetime.now(UTC) - timedelta(days=2)).replace(tzinfo=None)))
    daemon.start()
    wait_for(lambda: "wipe: mails_received 2" in daemon.log(), 30, "the catch-up wipe")
    assert queries.job_runs(daemon, "wipe") == 1
    assert _count(daemon, "inbound") == 0 and _count(daemon, "contacts") == 1
    daemon.stop()
    daemon.start()  # and only once
    # Three starts in all (the first, the catch-up, this one), each scheduler says so once.
    wait_for(lambda: daemon.log().count("scheduler: next wipe") >= 3, 30, "the third start")
    assert queries.job_runs(daemon, "wipe") == 1


@pytest.mark.slow
def test_wipe_without_yes_refuses(daemon: Daemon) -> None:
    result = daemon.cli("wipe", check=False)
    assert result.returncode == 2 and "--yes" in result.stderr


@pytest.mark.slow
def test_the_wipe_empties_every_folder_of_the_imap_mailbox_but_keeps_unread_new_mail(
        make_daemon, smarthost: Smarthost, dovecot: Dovecot) -> None:  # noqa: F811
    from tests.test_imap import start

    daemon = start(make_daemon, dovecot, processed_folder="Verwerkt")
    dovecot.append("INBOX", fixture_bytes("spine/seeker_gmail.eml").replace(b"\n", b"\r\n"))
    smarthost.wait_to(VOLUNTEER)
    wait_for(lambda: len(dovecot.messages("Verwerkt")) == 1, what="the move to Verwerkt")
    dovecot.append("Sent", b"From: hulp@lumi.example\r\nSubject: oud\r\n\r\nverzonden\r\n")
    dovecot.append("Archief", b"From: x@elders.example\r\nSubject: oud\r\n\r\narchief\r\n")
    daemon.stop()  # so the mail below is still new (not fetched) when the wipe runs
    dovecot.append("INBOX", b"From: nieuw@elders.example\r\nSubject: nieuw\r\n\r\nnieuw\r\n")
    done = daemon.cli("wipe", "--yes")
    assert "mailbox messages: 3" in done.stdout
    for folder in dovecot.folders():
        expected = 1 if folder == "INBOX" else 0  # the new mail waits for processing
        assert len(dovecot.messages(folder)) == expected, folder


def test_keys_that_protect_nothing_are_destroyed(context) -> None:
    from mailhandler.jobs.wipe import destroy_unused_keys

    vault = context.store.vault
    current = context.store.key_id()
    with context.store.transaction() as s:  # an old year's period, long purged
        assert context.store.write_key(s, datetime(2015, 6, 1)) == 201500
    vault.encrypt(current, b"this year")
    assert 201500 in vault.key_ids()
    assert destroy_unused_keys(context.store) == 1
    assert vault.key_ids() == [current]
