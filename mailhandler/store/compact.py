"""Making deleted rows physically gone, not just unreachable.

SQLite already overwrites deleted content (secure_delete); what remains are old
page images in the write-ahead log and free pages, which a checkpoint that
truncates the log and a VACUUM remove. PostgreSQL keeps deleted tuples until
vacuumed; VACUUM FULL rewrites the tables without them.
"""

from __future__ import annotations

from sqlalchemy import Engine, text

from mailhandler.store.models import Base

# Tables that ever held mail, addresses or ids of mail.
CONTENT_TABLES = ("inbound", "outbox", "conversations", "message_links", "confirmation_memo",
                  "fetched")


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
        for table in tables:
            conn.execute(text(f"VACUUM {'FULL ' if full else ''}{table}"))
