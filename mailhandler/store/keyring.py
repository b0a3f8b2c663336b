"""Moving the key files of an earlier version into the database, at the first start.

Earlier versions kept each yearly key in a file under `<data_dir>/keys/`, which only
that host could read; a second host with its own data_dir made keys of its own and
could read none of the first one's mail. Keys now live in the database, wrapped by a
key derived from the helpline secret (store.vault). At start, every key file found is
recorded (or completes the row an earlier version made without the key) and then
destroyed, so the database is the one place a key is kept and the wipe reaches it.
"""

from __future__ import annotations

import logging

from sqlalchemy import select

from mailhandler.store.db import utcnow
from mailhandler.store.models import EncryptionKey
from mailhandler.store.repository import Store
from mailhandler.store.vault import KeyDestroyed

log = logging.getLogger("mailhandler.keys")


def move_key_files(store: Store) -> int:
    """Record every key file of an earlier version in the database, then destroy the file.

    Returns how many keys were moved in. A file whose key is already recorded as
    destroyed is destroyed too (an interrupted wipe of an earlier version). A file that
    disagrees with the key the database already holds under the same number (a second
    host of an earlier version made its own) is left in place and reported: the mail
    written under it is unreadable to the other hosts, and only an admin can decide.
    """
    vault = store.vault
    files = vault.legacy_files()
    if not files:
        return 0
    moved: list[int] = []
    done: list[int] = []
    with store.transaction() as s:
        rows = {row.id: row for row in s.scalars(
            select(EncryptionKey).where(EncryptionKey.id.in_(list(files))))}
        for key_id, key in sorted(files.items()):
            row = rows.get(key_id)
            if row is None:
                s.add(EncryptionKey(id=key_id, created_at=utcnow(),
                                    wrapped=vault.wrap(key_id, key)))
                moved.append(key_id)
            elif row.destroyed_at is not None:
                done.append(key_id)
            elif row.wrapped is None:
                row.wrapped = vault.wrap(key_id, key)
                moved.append(key_id)
            else:
                try:
                    same = vault.unwrap(key_id, row.wrapped) == key
                except KeyDestroyed:
                    same = False
                if same:
                    done.append(key_id)
                else:
                    log.error("key file %d differs from the key the database holds under "
                              "that number; left in place (see the README, several hosts)",
                              key_id)
    # Only once the keys are committed in the database are the files destroyed.
    for key_id in moved + done:
        vault.shred_legacy_file(key_id)
    if moved:
        log.info("%d encryption key(s) moved from the keys folder into the database", len(moved))
    return len(moved)
