"""A database made before conversations had the `urgent` flag (and blocks a table) is
upgraded in place on first use, on SQLite and on PostgreSQL: old conversations not urgent."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from mailhandler.store.db import open_database
from tests import queries


def _without_the_flag(url: str) -> None:
    engine = open_database(url)
    with engine.begin() as conn:  # raw SQL on purpose: the schema before the urgent flag
        conn.execute(text("DROP TABLE blocks"))
        conn.execute(text("ALTER TABLE conversations DROP COLUMN urgent"))
        conn.execute(text(
            "INSERT INTO conversations (id, pseudonym, token, kind, key_id, seeker_enc, "
            "seeker_hash, language, created_at, last_activity_at) VALUES (5, 'K7Q2MX', 'ab', "
            "'help', 202600, :blob, 'h', 'nl', '2026-12-01 10:00:00', '2026-12-01 10:00:00')"),
            {"blob": b"x"})
    engine.dispose()


def _upgraded(url: str) -> None:
    engine = open_database(url)
    try:
        assert "urgent" in {c["name"] for c in inspect(engine).get_columns("conversations")}
        assert inspect(engine).has_table("blocks")
        urgent = next(c.urgent for c in queries.conversations(engine) if c.id == 5)
        assert urgent in (False, 0)
    finally:
        engine.dispose()


def test_sqlite_database_without_the_urgent_flag_is_upgraded(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    _without_the_flag(url)
    _upgraded(url)


def test_postgres_database_without_the_urgent_flag_is_upgraded(pg_url: str) -> None:
    _without_the_flag(pg_url)
    _upgraded(pg_url)


def test_a_required_column_without_a_plain_default_is_still_refused() -> None:
    from sqlalchemy import Column, String

    from mailhandler.store.db import _plain_default

    with pytest.raises(RuntimeError, match="cannot add required column t.name"):
        _plain_default("t", Column("name", String, nullable=False))
