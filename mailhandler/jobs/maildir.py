"""The outbound maildir's files go with the mail they hold.

With the maildir outbound (the embedded default) every mail the helpline "sends" is a
plaintext file with `Delivered-To: <recipient>`: a confirmation names the
help-seeker. The database forgets a conversation at the purge; its files must go at
the same moment, not at the year-end wipe. A file is matched by our own Message-ID,
the one thing the outbox row and the file share (random, names nobody).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Collection
from pathlib import Path

from mailhandler.config import Config
from mailhandler.core.message import own_message_id, parse_headers

_HEADER_BYTES = 65536  # a header block is never longer in what compose writes


def files(cfg: Config) -> list[Path]:
    """Every file in the outbound maildir (tmp, new, cur); none without one."""
    if cfg.outbound.scheme != "maildir" or cfg.outbound.maildir is None:
        return []
    return [p for sub in ("tmp", "new", "cur") for p in (cfg.outbound.maildir / sub).glob("*")
            if p.is_file()]


def shred(path: Path) -> None:
    """Overwrite a file, then unlink it (the overwrite matters where blocks are reused)."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.write(b"\0" * size)
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()


def _message_id(path: Path) -> str | None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(_HEADER_BYTES)
    except OSError:
        return None
    return own_message_id(parse_headers(head))


def remove_files_of(cfg: Config, message_ids: Collection[str], dry_run: bool = False) -> int:
    """Shred the maildir files holding these Message-IDs; return how many there were."""
    wanted = {m.strip() for m in message_ids if m}
    if not wanted:
        return 0
    removed = 0
    for path in files(cfg):
        if _message_id(path) in wanted:
            removed += 1
            if not dry_run:
                # Moved or removed meanwhile by whoever reads the maildir: gone either way.
                with contextlib.suppress(FileNotFoundError):
                    shred(path)
    return removed
