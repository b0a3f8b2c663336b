"""Setting duty up: an older database gains the duty columns and works; a bad roster is refused."""

from __future__ import annotations

import io
import sqlite3
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from mailhandler.cli import main
from tests import queries
from tests.conftest import add_volunteers, free_port, write_config

NEW_COLUMNS = {"conversations": ("urgent", "assigned_at", "waiting_since", "escalation",
                                 "closed_at"),
               "volunteers": ("on_duty",)}


def test_an_older_database_gains_the_duty_columns_and_its_conversations_are_listed(
        tmp_path: Path) -> None:
    config = write_config(tmp_path, free_port(), f"maildir:{tmp_path / 'outbox'}")
    add_volunteers(config)  # makes the database
    database = tmp_path / "var" / "mailhandler.db"
    # Raw SQL on purpose: the schema of the previous version, which no query of ours makes.
    with sqlite3.connect(database) as conn:  # what the previous version had
        for table, columns in NEW_COLUMNS.items():
            for column in columns:
                conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute(
            "INSERT INTO conversations (pseudonym, token, kind, key_id, seeker_enc, seeker_hash,"
            " language, created_at, last_activity_at) VALUES ('OLD123', 'ab', 'help', 1, x'00',"
            " 'h', 'nl', '2026-11-30 10:00:00', '2026-11-30 10:00:00')")
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["--config", str(config), "queue"]) == 0
        assert main(["--config", str(config), "volunteer", "on",
                     "vera@vrijwilligers.example"]) == 0
    assert "OLD123\t-\t-\tanswered" in out.getvalue()
    for table, added in NEW_COLUMNS.items():
        assert set(added) <= queries.columns(database, table)
    assert queries.volunteer_on_duty(database, "vera@vrijwilligers.example") is True


def test_a_roster_line_that_cannot_be_read_stops_every_command_naming_the_key(
        tmp_path: Path) -> None:
    config = write_config(tmp_path, free_port(), f"maildir:{tmp_path / 'outbox'}", extra="""
        [duty]
        roster = ["vera@vrijwilligers.example funday 18:00-22:00"]
        """)
    err = io.StringIO()
    with redirect_stderr(err):
        assert main(["--config", str(config), "queue"]) == 2
    [line] = err.getvalue().splitlines()
    assert "duty.roster" in line and "funday" in line
