"""A damaged, read-only or key-less database: one clear line and a non-zero exit, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from mailhandler.config import load_config
from mailhandler.context import open_store
from mailhandler.store.models import InboundMail
from mailhandler.store.repository import Envelope
from tests.conftest import HELPLINE, fixture_bytes, free_port, run_cli, write_config

SEEKER = "sam.peeters@gezin-peeters.example"


def _one_clear_line(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "@" not in result.stderr
    for needle in needles:
        assert needle in lines[0]


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return write_config(tmp_path, free_port(), f"maildir:{tmp_path / 'outbox'}")


def _database(config: Path) -> Path:
    return config.parent / "var" / "mailhandler.db"


@pytest.fixture
def corrupt(config: Path) -> Path:
    _database(config).parent.mkdir(parents=True)
    _database(config).write_bytes(b"not a database at all, a disk gone bad " * 200)
    return config


def test_serve_on_a_corrupt_database_says_so_in_one_line_and_exits_1(corrupt: Path) -> None:
    result = run_cli(corrupt, "serve", check=False)
    assert result.returncode == 1
    _one_clear_line(result, "mailhandler: the database", "file is not a database",
                    "restore the backup")


def test_quarantine_list_on_a_corrupt_database_says_so_in_one_line(corrupt: Path) -> None:
    result = run_cli(corrupt, "quarantine", "list", check=False)
    assert result.returncode == 1
    _one_clear_line(result, "file is not a database")


@pytest.fixture
def read_only(config: Path) -> Iterator[Path]:
    run_cli(config, "volunteer", "add", "vera@vrijwilligers.example", "--nickname", "Vera")
    folder = _database(config).parent
    # We run as root, whom file modes do not stop; the immutable flag stops even root.
    targets = [p for p in folder.iterdir() if p.name.startswith("mailhandler.db")] + [folder]
    if subprocess.run(["chattr", "+i", *map(str, targets)], capture_output=True).returncode:
        pytest.skip("chattr +i is not supported on this file system")
    try:
        yield config
    finally:
        subprocess.run(["chattr", "-i", *map(str, targets)], check=True)


def test_serve_on_a_read_only_database_says_so_in_one_line_and_exits_1(read_only: Path) -> None:
    result = run_cli(read_only, "serve", check=False)
    assert result.returncode == 1
    _one_clear_line(result, "mailhandler: the database")


def test_showing_a_quarantined_mail_whose_key_was_destroyed_says_so_in_one_line(
        config: Path) -> None:
    store = open_store(load_config(config))
    number = store.accept(fixture_bytes("spine/seeker_gmail.eml"),
                          Envelope(SEEKER, (HELPLINE,)), "smtp")
    with store.transaction() as s:
        s.execute(update(InboundMail).values(status="quarantined"))
        key_id = s.get(InboundMail, number).key_id
        store.mark_destroyed(s, [key_id])  # as the wipe records it
    store.vault.destroy(key_id)  # this process's copy (the row was overwritten just now)
    store.engine.dispose()
    result = run_cli(config, "quarantine", "show", str(number), "--reason",
                     "the mail did not process, looking for the cause",
                     check=False)
    assert result.returncode == 1
    assert result.stdout == ""
    _one_clear_line(result, f"mail {number} can no longer be read", "key was destroyed")


def test_a_reader_that_goes_away_gets_no_traceback(config: Path) -> None:
    # `mailhandler status | head -1`: head exits after one line, the pipe closes under the
    # command's output. The admin sees no traceback; the exit status says it was cut short.
    from tests.conftest import child_env

    run_cli(config, "volunteer", "add", "vera@vrijwilligers.example", "--nickname", "Vera")
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "mailhandler", "--config", str(config), "status"],
            stdout=write_end, stderr=subprocess.PIPE, text=True, cwd=config.parent,
            timeout=60, env=child_env())
    finally:
        os.close(write_end)
    assert result.returncode == 1
    assert result.stderr == ""
