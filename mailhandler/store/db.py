"""Opening the database: the engine, durability settings, and the schema on first use."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from mailhandler.store import migrate
from mailhandler.store.models import Base


def utcnow() -> datetime:
    """Naive UTC, the one form every timestamp in the database takes (SQLite has no zones)."""
    return datetime.now(UTC).replace(tzinfo=None)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    # WAL lets the SMTP thread commit while a worker reads; synchronous=FULL makes
    # every commit fsync'd, which is what our 250 promises. secure_delete overwrites
    # deleted content instead of leaving it in free pages.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _durable_again(dbapi_connection, _record, _proxy) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def open_database(url: str) -> Engine:
    """An engine with the schema in place (created or upgraded on first use)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            # 0700 and 0600 whichever command makes them first: mail lives in here.
            path = Path(parsed.database)
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            # Read-only, immutable, not ours: then SQLite says which, in one line (cli).
            with contextlib.suppress(OSError):
                os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
        engine = create_engine(url, connect_args={"timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        # Store.transaction(durable=False) relaxes this for one transaction; whoever takes
        # the connection next starts durable again, whatever they use it for.
        event.listen(engine, "checkout", _durable_again)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    fresh = not inspect(engine).has_table("inbound")
    Base.metadata.create_all(engine)
    _add_missing_columns(engine)
    _add_missing_indexes(engine)
    migrate.upgrade(engine, fresh)  # what the additive upgrade cannot do (store.migrate)
    return engine


def _add_missing_indexes(engine: Engine) -> None:
    """create_all() makes the indexes of new tables only; an index added later is made here."""
    existing = inspect(engine)
    for table in Base.metadata.sorted_tables:
        have = {index["name"] for index in existing.get_indexes(table.name)}
        for index in table.indexes:
            if index.name not in have:
                index.create(engine)


def _add_missing_columns(engine: Engine) -> None:
    """Upgrade a database made by an earlier version: add the columns it lacks.

    Schema changes are kept additive (new tables, new columns that are nullable or have
    a plain default, like a flag), so this is the whole upgrade path; create_all() has
    already made any new table.
    """
    existing = inspect(engine)
    with engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            have = {c["name"] for c in existing.get_columns(table.name)}
            for column in table.columns:
                if column.name in have:
                    continue
                kind = column.type.compile(dialect=engine.dialect)
                if not column.nullable:
                    kind += f" NOT NULL DEFAULT {_plain_default(table.name, column)}"
                conn.execute(text(f'ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}'))


def _plain_default(table: str, column: Column[Any]) -> str:
    """The SQL of a required column's default, for the rows already there: a flag or a
    number only (anything else cannot be added to an existing table)."""
    value = getattr(column.default, "arg", None)
    if isinstance(value, bool):
        return "true" if value else "false"  # SQLite (3.23+) and PostgreSQL alike
    if isinstance(value, int):
        return str(value)
    raise RuntimeError(f"cannot add required column {table}.{column.name}")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


# --- the database URL and its failures, for the configuration and the commands --------------

def check_database_url(url: str, resolve: Callable[[str], Path]) -> str:
    """The URL the store will open: SQLite or PostgreSQL only (ValueError otherwise), a
    relative SQLite path made absolute by `resolve` (against the configuration file)."""
    try:
        parsed = make_url(url)
        backend = parsed.get_backend_name()
    except ArgumentError:
        backend = ""
    if backend not in ("sqlite", "postgresql"):
        raise ValueError("must be sqlite:///PATH or postgresql+psycopg://...")
    if backend == "sqlite" and parsed.database and parsed.database != ":memory:" \
            and not parsed.database.startswith("file:"):
        return parsed.set(database=str(resolve(parsed.database))) \
            .render_as_string(hide_password=False)
    return url


@dataclass(frozen=True)
class DatabaseWhere:
    """Where a database URL points, without its password: for what an admin is shown."""

    backend: str  # "sqlite" or "postgresql"
    host: str | None
    database: str | None  # SQLite: the file's path


def database_where(url: str) -> DatabaseWhere:
    parsed = make_url(url)
    return DatabaseWhere(parsed.get_backend_name(), parsed.host, parsed.database)


def database_name(url: str) -> str:
    """The database as an admin's one-line message names it: the file, or backend and host."""
    where = database_where(url)
    if where.backend == "sqlite":
        # The file as the admin would type it: "data/./../mailhandler.db" is one file.
        return os.path.normpath(where.database) if where.database else ""
    return f"({where.backend} on {where.host or 'localhost'})"


def database_problem(exc: DBAPIError) -> str:
    """SQLite's own message (fixed texts like "file is not a database") with a hint."""
    if not isinstance(exc.orig, sqlite3.Error):
        return type(exc.orig).__name__
    message = str(exc.orig).splitlines()[0][:100]
    hints = {"file is not a database": "damaged or not a database; restore the backup",
             "database disk image is malformed": "damaged; restore the backup",
             "readonly database": "read-only; check the file, its folder and the disk",
             "unable to open database file": "cannot be opened; check the path and rights",
             "database is locked": "locked by another process; try again"}
    hint = next((h for needle, h in hints.items() if needle in message), None)
    return f"{message} ({hint})" if hint else message


def probe_database(url: str) -> str:
    """Open the database (made or upgraded on first use) and ask it one thing; its backend."""
    engine = open_database(url)
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return engine.url.get_backend_name()
