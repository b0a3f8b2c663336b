"""Keys shared through the database: the upgrade of an install whose keys were files.

Earlier versions kept each yearly key in `<data_dir>/keys/`, readable by that host only.
The first start of this version moves them into the database (wrapped by a key derived
from the helpline secret) and destroys the files; mail stored under them stays readable.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mailhandler.config import load_config
from mailhandler.context import open_store
from mailhandler.store.db import open_database
from mailhandler.store.vault import KeyDestroyed, Vault
from tests.conftest import free_port, write_config


def _old_ciphertext(key: bytes, plaintext: bytes) -> bytes:
    """How an earlier version encrypted (nonce + AES-GCM), with its key file's bytes."""
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, None)


def _earlier_version_install(tmp_path: Path) -> tuple[Path, dict[int, bytes]]:
    """A database of the earlier version (no `wrapped` column) and its key files:
    202500 recorded in the database, 202600 only a file (older still), 202400 recorded
    as destroyed with its file left behind by an interrupted wipe."""
    config = write_config(tmp_path, free_port(), f"maildir:{tmp_path / 'outbox'}")
    cfg = load_config(config)
    engine = open_database(cfg.storage.database)
    engine.dispose()
    database = str(cfg.storage.database).removeprefix("sqlite:///")
    keys = {202400: os.urandom(32), 202500: os.urandom(32), 202600: os.urandom(32)}
    # Raw SQL on purpose: the earlier version's schema, which no query of ours makes.
    with sqlite3.connect(database) as db:
        db.execute("ALTER TABLE encryption_keys DROP COLUMN wrapped")
        db.execute("INSERT INTO encryption_keys (id, created_at, destroyed_at) "
                   "VALUES (202400, '2024-01-01', '2024-12-31')")
        db.execute("INSERT INTO encryption_keys (id, created_at) VALUES (202500, '2025-01-01')")
    folder = cfg.storage.data_dir / "keys"
    folder.mkdir(mode=0o700)
    for key_id, key in keys.items():
        (folder / f"{key_id}.key").write_bytes(key)
    return config, keys


def test_key_files_of_an_earlier_version_move_into_the_database_and_their_mail_stays_readable(
        tmp_path: Path) -> None:
    config, keys = _earlier_version_install(tmp_path)
    old_2025 = _old_ciphertext(keys[202500], b"mail of 2025")
    old_2026 = _old_ciphertext(keys[202600], b"mail of 2026")

    store = open_store(load_config(config))
    folder = load_config(config).storage.data_dir / "keys"
    assert sorted(folder.iterdir()) == []  # every file destroyed once in the database
    assert store.vault.decrypt(202500, old_2025) == b"mail of 2025"
    assert store.vault.decrypt(202600, old_2026) == b"mail of 2026"
    with pytest.raises(KeyDestroyed):  # destroyed stays destroyed: its file is not revived
        store.vault.decrypt(202400, _old_ciphertext(keys[202400], b"wiped"))
    assert store.vault.key_ids() == [202500, 202600]
    store.engine.dispose()

    # Another host: the same configuration and database, a data_dir of its own (empty).
    cfg = load_config(config)
    other = Vault(open_database(cfg.storage.database), cfg.helpline.secret,
                  tmp_path / "other-host" / "keys")
    assert other.decrypt(202600, old_2026) == b"mail of 2026"
    other.engine.dispose()

    # The second start finds nothing to move and changes nothing.
    again = open_store(load_config(config))
    assert again.vault.decrypt(202500, old_2025) == b"mail of 2025"
    again.engine.dispose()


def test_the_database_never_holds_a_key_in_clear(tmp_path: Path) -> None:
    config, keys = _earlier_version_install(tmp_path)
    cfg = load_config(config)
    open_store(cfg).engine.dispose()
    data = Path(str(cfg.storage.database).removeprefix("sqlite:///")).read_bytes()
    wal = Path(str(cfg.storage.database).removeprefix("sqlite:///") + "-wal")
    data += wal.read_bytes() if wal.exists() else b""
    assert all(key not in data for key in keys.values())


def test_a_key_file_that_disagrees_with_the_database_is_left_in_place(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Two hosts of an earlier version each made their own key under one number: the
    database's is kept, the other file is not destroyed (mail under it may exist) and the
    log says which number, nothing else."""
    config, keys = _earlier_version_install(tmp_path)
    cfg = load_config(config)
    open_store(cfg).engine.dispose()
    folder = cfg.storage.data_dir / "keys"
    (folder / "202500.key").write_bytes(os.urandom(32))
    with caplog.at_level("ERROR"):
        store = open_store(cfg)
    assert (folder / "202500.key").exists()
    assert "key file 202500 differs" in caplog.text
    old = _old_ciphertext(keys[202500], b"first host's mail")
    assert store.vault.decrypt(202500, old) == b"first host's mail"
    store.engine.dispose()


def test_a_key_whose_period_start_was_rolled_back_is_never_used_for_mail(tmp_path: Path) -> None:
    """One host starts the year's key in a transaction that then fails; another host starts
    it for real. The first host's next mail must go under the key that holds, not under
    the one it saw for a moment, or no host could ever read that mail."""
    from sqlalchemy import select

    from mailhandler.store.models import InboundMail
    from mailhandler.store.repository import Envelope

    config = write_config(tmp_path, free_port(), f"maildir:{tmp_path / 'outbox'}")
    first, second = open_store(load_config(config)), open_store(load_config(config))
    with pytest.raises(RuntimeError), first.transaction() as s:
        first.write_key(s)  # the period's key made, seen, then rolled back
        raise RuntimeError("the rest of this transaction failed")
    with second.transaction() as s:
        second.write_key(s)  # the other host makes the key that stays
    [number] = first.accept_many([(b"Subject: x\r\n\r\nhallo\r\n",
                                   Envelope("a@b.example", ("hulp@lumi.example",)), "smtp")])
    with second.reading() as s:
        item = s.scalars(select(InboundMail).where(InboundMail.id == number)).one()
        raw, _ = second.open_inbound(item)
    assert raw == b"Subject: x\r\n\r\nhallo\r\n"
    first.engine.dispose()
    second.engine.dispose()
