"""A full disk: the sender is told to retry (451), never a 250 followed by a loss."""

from __future__ import annotations

import smtplib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import (
    HELPLINE,
    Daemon,
    Smarthost,
    add_volunteers,
    free_port,
    pseudonym_of,
    require_server,
    wait_team_forwards,
    write_config,
)

# Every test here starts a real daemon or server process.
pytestmark = pytest.mark.slow

SEEKER = "sam.peeters@gezin-peeters.example"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB filesystem of our own (tmpfs), so filling it harms nothing else."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)],
                             capture_output=True).returncode == 0
    require_server("a tmpfs mount", mounted, "run the tests as root (CI does)")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(disk: Path, leave_bytes: int) -> Path:
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as fh:  # unbuffered: closing must not write again
        try:
            while True:
                fh.write(b"\0" * 65536)
        except OSError:
            pass
    # Free a little again, less than one mail needs.
    size = filler.stat().st_size
    with open(filler, "r+b") as fh:
        fh.truncate(max(0, size - leave_bytes))
    return filler


def test_a_full_disk_answers_451_and_the_retry_after_space_is_freed_is_processed(
        small_disk: Path, smarthost: Smarthost) -> None:
    port = free_port()
    config = write_config(small_disk, port, f"smtp://127.0.0.1:{smarthost.port}")
    add_volunteers(config)
    daemon = Daemon(config=config, port=port, log_path=small_disk.parent / "daemon.log").start()
    try:
        daemon.send(SEEKER, [HELPLINE], "Subject: eerst\n\nDit past nog.\n")  # warm up: keys, WAL
        smarthost.wait_to(SEEKER)
        filler = _fill(small_disk, leave_bytes=16 * 1024)
        big = "Subject: groot\n\n" + ("Een lange regel tekst die ruimte inneemt.\n" * 6000)
        with pytest.raises(smtplib.SMTPDataError) as refused:
            daemon.send("ander@gezin.example", [HELPLINE], big)
        assert refused.value.smtp_code == 451
        assert "could not store an incoming mail" in daemon.log()
        filler.unlink()
        daemon.send("ander@gezin.example", [HELPLINE], big)  # the sender's retry
        smarthost.wait_to("ander@gezin.example")
        # Two conversations, each forwarded to one volunteer on duty.
        assert len({pseudonym_of(f) for f in wait_team_forwards(smarthost, 2)}) == 2
    finally:
        daemon.stop()
