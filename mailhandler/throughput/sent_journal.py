"""The sent journal: a smarthost's 250 written down at once, marked in the database later."""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path


class SentJournal:
    """The outbox items the smarthost took, written down the moment its 250 arrives.

    Marking each item sent in the database would take the database's write lock once
    per mail, queueing behind intake and processing; a line appended to this file
    costs nothing, and the marks go to the database a batch at a time. A process
    killed in between leaves the lines here, and the next start marks those items
    sent before anything is delivered again: no duplicate. Only numbers and times.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)

    def record(self, item_id: int, at: datetime) -> None:
        os.write(self._fd, f"{item_id} {at.isoformat()}\n".encode())

    def entries(self) -> list[tuple[int, datetime]]:
        found = []
        for line in self.path.read_text(encoding="ascii", errors="replace").splitlines():
            number, _, at = line.partition(" ")
            with contextlib.suppress(ValueError):  # a line cut short by a crash
                found.append((int(number), datetime.fromisoformat(at)))
        return found

    def clear(self) -> None:
        os.ftruncate(self._fd, 0)

    def close(self) -> None:
        os.close(self._fd)
