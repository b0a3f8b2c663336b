"""The keys and the wipe's edge: nothing that got its 250 ends up under a destroyed key.

Faults reproduced here: mail arriving while the wipe runs (it was written under the
key the wipe then destroyed, and quarantined for good), a lost key (once a deleted
keys folder: the key was silently made anew under the same number, so the next mails
were unreadable; keys now live in the database, and a host with another secret is
the same fault),
and one undecryptable outbox item (it blocked every item behind it, after restarts too).
"""

from __future__ import annotations

import smtplib
import sqlite3
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from mailhandler.store.models import OutboxItem
from tests import queries
from tests.conftest import (
    HELPLINE,
    TEAM,
    Smarthost,
    add_volunteers,
    fixture_bytes,
    pseudonym_of,
    team_forwards,
    wait_for,
    wait_team_forwards,
)


def _mail(sender: str) -> bytes:
    return fixture_bytes("spine/seeker_gmail.eml").replace(
        b"sam.peeters@gezin-peeters.example", sender.encode())


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest) -> str | None:
    """SQLite has one writer at a time; PostgreSQL shows that the key rows' locks hold."""
    return request.getfixturevalue("pg_url") if request.param == "postgresql" else None


@pytest.mark.slow
def test_mail_arriving_during_the_wipe_is_kept_confirmed_and_forwarded_once(
        make_daemon, smarthost: Smarthost, database: str | None) -> None:
    # Sixty conversations for a team of three: room for all, so none waits in the queue
    # (with the default of five open each, 45 would wait there, by design).
    daemon = make_daemon("[duty]\nmax_open_per_volunteer = 30\n", database=database)
    add_volunteers(daemon.config)
    daemon.start()
    accepted: list[str] = []
    refused: list[str] = []

    def stream() -> None:
        for n in range(60):
            sender = f"schrijver{n}@gezin.example"
            try:
                daemon.send(sender, [HELPLINE], _mail(sender))
            except smtplib.SMTPException:
                refused.append(sender)  # a 4xx: the sender keeps it; not ours to count
            else:
                accepted.append(sender)
            time.sleep(0.03)

    sender_thread = threading.Thread(target=stream)
    sender_thread.start()
    for _ in range(3):  # the wipe, again and again, while mail streams in
        time.sleep(0.4)
        daemon.cli("wipe", "--yes")
    sender_thread.join()
    assert len(accepted) >= 50, refused

    for sender in accepted:
        smarthost.wait_to(sender, timeout=60)
    try:
        wait_team_forwards(smarthost, len(accepted), 60)  # a forward of every accepted mail
    except AssertionError:
        print(len(accepted), [len(smarthost.to(m)) for m in TEAM])
        print(daemon.log()[-3000:])
        raise
    time.sleep(1.5)  # anything doubled would arrive now
    assert all(len(smarthost.to(sender)) == 1 for sender in accepted)
    # Each accepted mail, a conversation of its own, reached exactly one volunteer.
    forwards = team_forwards(smarthost)
    assert len(forwards) == len(accepted)
    assert len({pseudonym_of(f) for f in forwards}) == len(accepted)
    assert daemon.cli("quarantine", "list").stdout.strip() == ""
    assert "KeyDestroyed" not in daemon.log() and "InvalidTag" not in daemon.log()
    assert daemon.stop() == 0


def _take_keys(daemon) -> list[tuple[bytes, int]]:  # type: ignore[no-untyped-def]
    """The slip: every key's bytes lost from the database (a bad restore, a stray UPDATE).

    Raw SQL on purpose, here and in _restore_keys: the damage is done behind the store's
    back, as the slip would be."""
    with sqlite3.connect(daemon.config.parent / "var" / "mailhandler.db") as db:
        rows = db.execute("SELECT wrapped, id FROM encryption_keys "
                          "WHERE wrapped IS NOT NULL").fetchall()
        db.execute("UPDATE encryption_keys SET wrapped = NULL")
    return rows


def _restore_keys(daemon, rows: list[tuple[bytes, int]]) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(daemon.config.parent / "var" / "mailhandler.db") as db:
        db.executemany("UPDATE encryption_keys SET wrapped = ? WHERE id = ?", rows)


@pytest.mark.slow
def test_a_key_lost_from_the_database_stops_intake_and_no_key_is_made_anew(
        make_daemon, smarthost: Smarthost) -> None:
    daemon = make_daemon()
    add_volunteers(daemon.config)
    daemon.start()
    daemon.send("eerst@gezin.example", [HELPLINE], _mail("eerst@gezin.example"))
    smarthost.wait_to("eerst@gezin.example")
    assert not (daemon.config.parent / "var" / "keys").exists()  # keys live in the database

    taken = _take_keys(daemon)
    assert taken
    with pytest.raises(smtplib.SMTPDataError) as refused:
        daemon.send("daarna@gezin.example", [HELPLINE], _mail("daarna@gezin.example"))
    assert refused.value.smtp_code == 451
    wait_for(lambda: "is recorded but not in the database" in daemon.log(), 10,
             "the log to name the cause")
    assert queries.wrapped_keys(daemon) == 0  # nothing made anew

    _restore_keys(daemon, taken)  # restored from the backup: mail flows again
    daemon.send("daarna@gezin.example", [HELPLINE], _mail("daarna@gezin.example"))
    smarthost.wait_to("daarna@gezin.example")
    # Mail that was in hand when the keys went waited for them, uncounted: both mails are
    # forwarded (each to one volunteer), none was given up.
    forwards = wait_team_forwards(smarthost, 2, 30)
    assert len({pseudonym_of(f) for f in forwards}) == 2
    assert daemon.cli("quarantine", "list").stdout.strip() == ""
    assert daemon.stop() == 0


@pytest.mark.slow
def test_a_host_with_another_secret_refuses_mail_instead_of_making_keys_of_its_own(
        make_daemon, smarthost: Smarthost) -> None:
    """Two hosts must share the secret (the keys are wrapped with it): one that does not
    answers 451 and says why, in one line that holds no secret."""
    daemon = make_daemon()
    add_volunteers(daemon.config)
    daemon.start()
    daemon.send("eerst@gezin.example", [HELPLINE], _mail("eerst@gezin.example"))
    smarthost.wait_to("eerst@gezin.example")
    assert daemon.stop() == 0
    config = daemon.config.read_text()
    daemon.config.write_text(config.replace("test-secret-0123456789abcdef",
                                            "another-secret-0123456789abcdef"))
    daemon.start()
    with pytest.raises(smtplib.SMTPDataError) as refused:
        daemon.send("daarna@gezin.example", [HELPLINE], _mail("daarna@gezin.example"))
    assert refused.value.smtp_code == 451
    wait_for(lambda: "cannot be unwrapped with the configured helpline secret" in daemon.log(),
             10, "the log to name the cause")
    assert "another-secret" not in daemon.log() and "test-secret" not in daemon.log()
    assert daemon.stop() == 0
    daemon.config.write_text(config)  # the right secret: the mail waiting is delivered
    daemon.start()
    daemon.send("daarna@gezin.example", [HELPLINE], _mail("daarna@gezin.example"))
    smarthost.wait_to("daarna@gezin.example", timeout=30)
    assert daemon.stop() == 0


def test_an_undecryptable_outbox_item_steps_aside_for_the_others(context, tmp_path: Path) -> None:
    from mailhandler.core.compose import Outgoing
    from mailhandler.outbound.transport import MaildirTransport
    from mailhandler.runners.outgoing import UNREADABLE_ATTEMPTS, deliver_due

    store = context.store
    with store.transaction() as s:
        for n in range(3):
            store.enqueue(s, Outgoing(kind="notice", mail_from="", rcpt=f"r{n}@x.example",
                                      message_id=f"<m{n}@lumi.example>",
                                      data=b"Subject: x\r\n\r\nhallo\r\n"), None)
    database = str(store.engine.url.database)
    # Raw SQL on purpose: one row damaged on disk (a bad page, say), behind the store's back.
    with sqlite3.connect(database) as db:
        db.execute("UPDATE outbox_messages SET message_enc = randomblob(64) WHERE outbox_id = "
                   "(SELECT id FROM outbox WHERE message_id = ?)", ("<m0@lumi.example>",))
    maildir = tmp_path / "out"
    assert deliver_due(store, MaildirTransport(maildir)) == 2
    assert len(list((maildir / "new").iterdir())) == 2

    for _ in range(UNREADABLE_ATTEMPTS):  # each retry, when it is due again
        with store.transaction() as s:
            s.execute(update(OutboxItem).where(OutboxItem.status == "pending")
                      .values(next_attempt_at=datetime(2000, 1, 1)))
        deliver_due(store, MaildirTransport(maildir))
    [damaged] = [o for o in queries.outbox(database) if o.message_id == "<m0@lumi.example>"]
    assert damaged.status == "failed" and "cannot be decrypted" in (damaged.last_error or "")


def test_reading_never_makes_a_key(context) -> None:
    from mailhandler.store.vault import KeyDestroyed

    vault = context.store.vault
    before = vault.key_ids()
    with pytest.raises(KeyDestroyed):
        vault.decrypt(199900, b"\0" * 40)
    with pytest.raises(KeyDestroyed):
        vault.keyed_hash(199900, "confirm", "x@y.example")
    assert vault.key_ids() == before


@pytest.mark.slow
def test_mail_stored_before_its_key_vanished_waits_for_it_and_is_not_given_up(
        make_daemon, smarthost: Smarthost) -> None:
    daemon = make_daemon()
    add_volunteers(daemon.config)
    daemon.start("--accept-only")  # stored, not yet processed
    daemon.send("eerst@gezin.example", [HELPLINE], _mail("eerst@gezin.example"))
    assert daemon.stop() == 0
    taken = _take_keys(daemon)

    daemon.start()
    wait_for(lambda: daemon.log().count("waits: encryption key") >= 8, 60,  # > MAX_ATTEMPTS
             "the mail to wait for its key, try after try")
    assert daemon.cli("quarantine", "list").stdout.strip() == ""  # not counted, not given up
    _restore_keys(daemon, taken)
    smarthost.wait_to("eerst@gezin.example", timeout=30)
    wait_team_forwards(smarthost, 1, 30)
    assert daemon.cli("quarantine", "list").stdout.strip() == ""
    assert daemon.stop() == 0
