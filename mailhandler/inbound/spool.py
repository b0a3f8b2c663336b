"""A big mail's DATA, sealed into a file as it arrives instead of growing in memory.

Up to SPOOL_THRESHOLD a mail is read into memory (most mail is a few kilobytes, and a
file would only cost time). Past it, what came so far and all that follows is sealed
a chunk at a time (store.vault's chunked format, under the key the store writes with
now) into a file of <data_dir>/spool/: the plaintext of a big mail is never whole in
the intake process, and the sealed bytes go into the database as they are.

The file is not the mail's durable copy: the database row is, committed (and flushed)
before the 250. So the file needs no flush of its own; a crash leaves at most a sealed
file nobody acknowledged, which the sender sends again and the next start removes.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

from mailhandler.store.sealing import SealedFile, Sealer

SPOOL_THRESHOLD = 1024 * 1024
_PREFIX = "data-"
_SUFFIX = ".sealed"
# Left-overs older than this are a crashed run's; younger ones may be another daemon's
# on the same data_dir, still receiving (DATA keeps its session alive while data comes).
STALE_SECONDS = 3600.0


def spool_dir(data_dir: Path) -> Path:
    return data_dir / "spool"


class Spool:
    """One mail being sealed into its file; finish() or discard() it."""

    def __init__(self, directory: Path, key_id: int, sealer: Sealer) -> None:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=_PREFIX, suffix=_SUFFIX, dir=directory)
        self.path = Path(name)
        self.key_id = key_id
        self._sealer = sealer
        self._file = os.fdopen(fd, "wb")
        self._file.write(sealer.header)

    def write(self, data: bytes | bytearray | memoryview) -> None:
        sealed = self._sealer.update(data)
        if sealed:
            self._file.write(sealed)

    @property
    def size(self) -> int:
        return self._sealer.size

    def finish(self) -> SealedFile:
        """The sealed mail, complete on disk (in the page cache: see the module's note)."""
        self._file.write(self._sealer.close())
        self._file.close()
        return SealedFile(self.path, self.key_id, self._sealer.size)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self._file.close()
        self.path.unlink(missing_ok=True)


def remove_leftovers(directory: Path, now: float | None = None) -> int:
    """Remove sealed files a crashed run left behind; how many were removed."""
    if not directory.is_dir():
        return 0
    now = time.time() if now is None else now
    removed = 0
    for path in directory.glob(f"{_PREFIX}*{_SUFFIX}"):
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > STALE_SECONDS:
                path.unlink()
                removed += 1
    return removed
