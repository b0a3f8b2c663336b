"""A database of today's schema gets its mails moved into rows of their own, once.

Earlier versions kept each mail's sealed bytes in the row of its state (inbound.raw_enc,
outbox.message_enc), so every state change rewrote the whole mail. Revision 0003 moves
them into `inbound_raw` and `outbox_messages` and drops the old columns, on SQLite and
PostgreSQL alike: the mails read back exactly, a big (chunk-sealed) one and a small
one, stored and outgoing; a purged mail stays without; and once its mail goes, its row
goes with it.
"""

from __future__ import annotations

import random
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, text

from mailhandler.core.decision import InboxState
from mailhandler.store import inbox, migrate, outbox
from mailhandler.store.db import open_database, utcnow
from mailhandler.store.models import InboundMail, OutboxItem
from mailhandler.store.repository import Store
from mailhandler.store.vault import Vault, is_sealed
from tests import queries

SECRET = b"a helpline secret of enough length for the tests"
KEY = 202600
BIG = random.Random(3).randbytes(3 * 1024 * 1024)  # sealed in chunks, as a spooled mail
SMALL = b"Subject: hallo\r\n\r\nkort berichtje\r\n"
ENVELOPE = b'{"mail_from": "sam@gezin.example", "rcpts": ["hulp@lumi.example"]}'


def _as_today(url: str) -> None:
    """Two mails in, one purged mail, two mails out, as today's version stores them: the
    sealed bytes in the rows of their state, at revision 0002. Raw SQL on purpose: no
    query of ours makes an earlier version's schema."""
    engine = open_database(url)
    vault = Vault(engine, SECRET)
    blob = "BYTEA" if engine.dialect.name == "postgresql" else "BLOB"
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE inbound_raw"))
        conn.execute(text("DROP TABLE outbox_messages"))
        conn.execute(text(f"ALTER TABLE inbound ADD COLUMN raw_enc {blob}"))
        conn.execute(text(f"ALTER TABLE outbox ADD COLUMN message_enc {blob}"))
        conn.execute(text("INSERT INTO encryption_keys (id, created_at, wrapped) "
                          "VALUES (:id, '2026-01-01', :wrapped)"),
                     {"id": KEY, "wrapped": vault.make_wrapped(KEY)})
    big = b"".join(vault.seal_pieces(KEY, BIG))
    small = vault.encrypt(KEY, SMALL)
    envelope = vault.encrypt(KEY, ENVELOPE)
    with engine.begin() as conn:
        for number, raw in ((1, big), (2, small), (3, None)):
            conn.execute(text(
                "INSERT INTO inbound (id, received_at, source, key_id, envelope_enc, raw_enc, "
                "size, status, attempts) VALUES (:id, :at, 'smtp', :key, :env, :raw, 1, "
                "'new', 0)"), {"id": number, "at": utcnow(), "key": KEY, "env": envelope,
                               "raw": raw})
        for number, message in ((1, big), (2, small)):
            conn.execute(text(
                "INSERT INTO outbox (id, created_at, kind, key_id, mail_from, rcpt_enc, "
                "message_enc, status, attempts, next_attempt_at) VALUES (:id, :at, 'forward', "
                ":key, '', :rcpt, :message, 'pending', 0, :at)"),
                {"id": number, "at": utcnow(), "key": KEY, "message": message,
                 "rcpt": vault.encrypt(KEY, b"vera@vrijwilligers.example")})
        conn.execute(text("UPDATE alembic_version SET version_num = '0002'"))
    engine.dispose()


def _check(url: str) -> None:
    engine = open_database(url)  # the next start runs 0003
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head()
    assert "raw_enc" not in queries.columns(engine, "inbound")
    assert "message_enc" not in queries.columns(engine, "outbox")
    stored = queries.inbox(engine)
    assert [mail.raw_enc is not None for mail in stored] == [True, True, False]
    assert is_sealed(stored[0].raw_enc)  # type: ignore[arg-type]  # moved as it was
    store = Store(engine, Vault(engine, SECRET), ZoneInfo("Europe/Amsterdam"))
    first, second = (inbox.read(store, n, InboxState.NEW) for n in (1, 2))
    assert first is not None and bytes(first.raw) == BIG
    assert second is not None and bytes(second.raw) == SMALL
    assert first.envelope.mail_from == "sam@gezin.example"
    with pytest.raises(inbox.KeyDestroyed):  # purged: no mail to read
        inbox.read(store, 3, InboxState.NEW)
    claimed = {item.id: bytes(item.data) for item in outbox.claim(store, utcnow(), 10)}
    assert claimed == {1: BIG, 2: SMALL}
    # The mails go with their rows (the wipe's and the purge's deletes).
    with queries.writing(engine) as s:
        s.execute(delete(InboundMail).where(InboundMail.id == 1))
        s.execute(delete(OutboxItem).where(OutboxItem.id == 2))
    assert queries.stored_mails(engine) == 1 and queries.outgoing_mails(engine) == 1
    engine.dispose()
    again = open_database(url)  # a second start: nothing to do, nothing changed
    assert queries.stored_mails(again) == 1
    again.dispose()


def test_an_sqlite_database_of_today_gets_its_mails_in_rows_of_their_own(
        tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'mailhandler.db'}"
    _as_today(url)
    _check(url)


@pytest.mark.postgres
def test_a_postgresql_database_of_today_gets_its_mails_in_rows_of_their_own(
        pg_url: str) -> None:
    _as_today(pg_url)
    _check(pg_url)


# --- the wipe: mail in flight moves under the new key, in rows of its own --------------------


def _in_flight_survives_the_wipe(url: str) -> None:
    """A big mail not yet processed and a big forward not yet sent are sealed again under
    the wipe's new key (still in chunks, still readable); what was done goes, with its
    rows, and no row of mail is left without its own."""
    from mailhandler.core.compose import Outgoing
    from mailhandler.store import retention
    from mailhandler.store.models import InboundMail, OutboxItem
    from mailhandler.store.repository import Envelope

    engine = open_database(url)
    store = Store(engine, Vault(engine, SECRET), ZoneInfo("Europe/Amsterdam"))
    envelope = Envelope("sam@gezin.example", ("hulp@lumi.example",))
    waiting, done = store.accept_many([(BIG, envelope, "smtp"), (SMALL, envelope, "smtp")])
    with store.transaction() as s:
        store.enqueue(s, Outgoing("forward", "b@lumi.example", "vera@vrijwilligers.example",
                                  "<f1@lumi.example>", BIG), None)
        s.get(InboundMail, done).status = "done"  # type: ignore[union-attr]
    old = store.key_id()
    survivor = store.new_generation()
    counts, doomed = retention.wipe_older_keys(store, survivor, 0, None, lambda s: None)
    assert doomed == [old] and counts["kept_in_flight"] == 2
    assert queries.stored_mails(engine) == 1 and queries.outgoing_mails(engine) == 1
    [kept] = queries.inbox(engine)
    assert kept.id == waiting and kept.key_id == survivor
    assert is_sealed(kept.raw_enc)  # type: ignore[arg-type]
    stored = inbox.read(store, waiting, InboxState.NEW)
    assert stored is not None and bytes(stored.raw) == BIG
    with store.reading() as s:
        item = s.query(OutboxItem).one()
        assert item.key_id == survivor and bytes(store.outgoing_message(s, item)) == BIG
    engine.dispose()


def test_the_wipe_keeps_mail_in_flight_in_rows_of_its_own_on_sqlite(tmp_path: Path) -> None:
    _in_flight_survives_the_wipe(f"sqlite:///{tmp_path / 'mailhandler.db'}")


@pytest.mark.postgres
def test_the_wipe_keeps_mail_in_flight_in_rows_of_its_own_on_postgresql(pg_url: str) -> None:
    _in_flight_survives_the_wipe(pg_url)
