"""Opening the store: the database, its key vault, and what an earlier version left.

The one place a Store is put together (the composition root, mailhandler/context.py,
calls it with the configuration's values): the schema is created or upgraded, the
vault reads the keys with the helpline secret, an earlier version's key files are
moved into the database and its shared aliases kept in clear are retired.
"""

from __future__ import annotations

import logging
from pathlib import Path
from zoneinfo import ZoneInfo

from mailhandler.store.db import open_database
from mailhandler.store.keyring import move_key_files
from mailhandler.store.repository import Store
from mailhandler.store.vault import Vault

log = logging.getLogger("mailhandler.daemon")


def open_plain_store(database: str, secret: bytes, tz: ZoneInfo,
                     keys_dir: Path | None = None) -> Store:
    """A store over `database` without the start-up upkeep below (which writes): for the
    commands that must not wait for a busy daemon's write lock before they are asked
    anything (status), or never needed it (volunteer, register). Dispose of `.engine`
    when done."""
    engine = open_database(database)
    return Store(engine, Vault(engine, secret, keys_dir), tz)


def open_store(database: str, secret: bytes, keys_dir: Path, tz: ZoneInfo) -> Store:
    """The store of `database`, ready to use, keys read with `secret`."""
    store = open_plain_store(database, secret, tz, keys_dir)
    move_key_files(store)  # an earlier version's key files (store.keyring)
    # A database of the previous version holds usable aliases in clear: not after this.
    moved = store.retire_clear_aliases(secret)
    if moved:
        log.info("%d shared aliases of the previous version now stored as keyed hashes", moved)
    return store
