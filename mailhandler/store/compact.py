"""Making deleted rows physically gone, not just unreachable.

SQLite already overwrites deleted content (secure_delete); what remains are old
page images in the write-ahead log and free pages, which a checkpoint that
truncates the log and a VACUUM remove. PostgreSQL keeps deleted tuples until
vacuumed; VACUUM FULL rewrites the tables without them.
"""

from __future__ import annotations

import logging
import time

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from mailhandler.store.models import Base

log = logging.getLogger("mailhandler.compact")
# VACUUM FULL takes a table for itself: the daemon's mail waits meanwhile, so it waits
# for the table at most this long, and tries again later rather than hold up intake.
LOCK_TIMEOUT = "5s"
TRIES = 5

# Tables that ever held mail, addresses or ids of mail.
CONTENT_TABLES = ("inbound", "inbound_raw", "outbox", "outbox_messages", "conversations",
                  "message_links", "confirmation_memo", "fetched",
                  "encryption_keys")  # the last: the keys themselves, wrapped


def compact(engine: Engine, full: bool) -> None:
    """After deleting: flush the log (always) and rebuild the files (`full`, for the wipe)."""
    if engine.dialect.name == "sqlite":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            if full:
                conn.execute(text("VACUUM"))
                conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        return
    tables = [t for t in CONTENT_TABLES if t in Base.metadata.tables]
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f"SET lock_timeout = '{LOCK_TIMEOUT}'"))
        for table in tables:
            _vacuum(conn, table, full)


def _vacuum(conn, table: str, full: bool) -> None:  # type: ignore[no-untyped-def]
    """VACUUM one table; under traffic it may lose a lock race (a deadlock or the lock
    timeout), which only means trying again a moment later. The rows are deleted either
    way: what is left for the next run is the rewrite of the free space."""
    for attempt in range(1, TRIES + 1):
        try:
            conn.execute(text(f"VACUUM {'FULL ' if full else ''}{table}"))
            return
        except OperationalError:
            if attempt == TRIES:
                log.warning("compacting %s did not get its lock; left for the next run", table)
                return
            time.sleep(0.5 * attempt)
