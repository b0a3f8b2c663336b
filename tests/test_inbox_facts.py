"""A database of an earlier version gets its inbox facts from the outcome text, once.

Earlier versions decided from `inbound.outcome`, a log code; today the facts are
columns (new_conversation, sender_unverified, held_answer, seeker_mail) and nothing
reads the text back. Revision 0002 fills the columns for the rows written before, on
SQLite and PostgreSQL alike; a mail not yet processed (no outcome) gets no facts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from mailhandler.store import migrate
from mailhandler.store.db import open_database

# outcome, status -> (new_conversation, sender_unverified, held_answer, seeker_mail)
ROWS = {
    "new help confirmed forwarded:1": ("done", (True, False, False, True)),
    "follow-up help not-confirmed:unverified": ("forwarding", (False, True, False, True)),
    "new help blocked": ("done", (True, False, False, True)),
    "auth-held:spf": ("quarantined", (False, False, True, False)),
    "relayed": ("done", (False, False, False, False)),
    "duty:#sluiten": ("done", (False, False, False, False)),
    "bounce:forward": ("done", (False, False, False, False)),
}


def _as_an_earlier_version(url: str) -> None:
    """Mails recorded by a version that kept only the outcome text, at revision 0001."""
    engine = open_database(url)
    with engine.begin() as conn:
        rows = [*ROWS.items(), (None, ("new", None))]
        for number, (outcome, (status, _)) in enumerate(rows, start=1):
            conn.execute(text(
                "INSERT INTO inbound (id, received_at, source, key_id, envelope_enc, size, "
                "status, attempts, outcome) VALUES (:id, '2026-01-01', 'smtp', 202600, :env, "
                "1, :status, 0, :outcome)"),
                {"id": number, "env": b"x", "status": status, "outcome": outcome})
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    engine.dispose()


def _check(url: str) -> None:
    engine = open_database(url)  # the next start runs 0002
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head()
        found = {outcome: (new, unverified, held, seeker) for outcome, new, unverified, held,
                 seeker in conn.execute(text(
                     "SELECT outcome, new_conversation, sender_unverified, held_answer, "
                     "seeker_mail FROM inbound ORDER BY id"))}
    engine.dispose()
    for outcome, (_, facts) in ROWS.items():
        assert tuple(bool(v) for v in found[outcome]) == facts, outcome
        assert None not in found[outcome], outcome
    assert found[None] == (None, None, None, None)  # not processed yet: no facts


def test_an_earlier_sqlite_database_gets_its_inbox_facts(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'mailhandler.db'}"
    _as_an_earlier_version(url)
    _check(url)


@pytest.mark.postgres
def test_an_earlier_postgresql_database_gets_its_inbox_facts(pg_url: str) -> None:
    _as_an_earlier_version(pg_url)
    _check(pg_url)
