"""Schema migrations: a database of an earlier version is brought to the newest revision.

Earlier versions upgraded their schema additively only (new tables, new nullable
columns) and kept no Alembic version. At its next start such a database gets what the
additive step adds, is stamped with the baseline, and is upgraded to the newest revision,
on SQLite and on PostgreSQL alike; a second start changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from mailhandler.store import migrate
from mailhandler.store.db import open_database
from tests import queries


def _as_an_earlier_version(url: str) -> None:
    """Today's schema without what this version added, and no Alembic version (as left
    by the additive upgrade of the version before). Raw SQL on purpose: no query of ours
    makes an earlier version's schema."""
    engine = open_database(url)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(text("DROP TABLE scheduled_runs"))
        conn.execute(text("ALTER TABLE encryption_keys DROP COLUMN wrapped"))
        conn.execute(text("INSERT INTO encryption_keys (id, created_at) "
                          "VALUES (202500, '2025-01-01')"))
    engine.dispose()


def _check_upgraded(url: str) -> None:
    engine = open_database(url)
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head()
    assert queries.key_ids(engine) == [202500]
    columns = {c["name"] for c in inspect(engine).get_columns("encryption_keys")}
    assert "wrapped" in columns and inspect(engine).has_table("scheduled_runs")
    engine.dispose()
    again = open_database(url)  # a second start: nothing to do, nothing changed
    with again.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head()
    assert queries.table_rows(again, "alembic_version") == 1
    again.dispose()


def test_an_earlier_sqlite_database_is_upgraded_and_stamped(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'mailhandler.db'}"
    _as_an_earlier_version(url)
    _check_upgraded(url)


@pytest.mark.postgres
def test_an_earlier_postgresql_database_is_upgraded_and_stamped(pg_url: str) -> None:
    _as_an_earlier_version(pg_url)
    _check_upgraded(pg_url)


def test_a_new_database_starts_at_the_newest_revision(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    open_database(url).dispose()
    engine = create_engine(url)
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head()
    engine.dispose()
