"""What `check-config` says about the files: which ones, whose, and usable by the service.

An admin once got "ok" from check-config while it had quietly made a second, empty
database in the folder they happened to be in. So it names the configuration file,
data_dir and the database, and checks that each is the owner's to write: a file in
data_dir owned by someone else is exactly what made the daemon fail on a read-only
database.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from mailhandler.admin.privileges import user_name
from mailhandler.config import EMBEDDED, Config
from mailhandler.store.db import database_where


def configuration(cfg: Config) -> str:
    """The file every relative path in it is resolved against, as an absolute path."""
    return cfg.source if cfg.source == EMBEDDED else str(Path(cfg.source).absolute())


def data_dir(cfg: Config) -> str:
    """data_dir: the owner's, 0700, writable, and every file in it the owner's too."""
    folder = cfg.storage.data_dir
    info = folder.stat()
    owner = user_name(info.st_uid)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PermissionError(f"{folder} is not writable by {user_name(os.geteuid())}")
    strangers = [p for p in _files(folder) if p.lstat().st_uid != info.st_uid]
    if strangers:
        raise PermissionError(f"{len(strangers)} files in {folder} do not belong to {owner} "
                              f"(e.g. {strangers[0]}): chown -R {owner}: {folder}")
    mode = stat.S_IMODE(info.st_mode)
    if mode & 0o077:
        raise PermissionError(f"{folder} is mode {mode:04o}, readable by others: "
                              f"chmod 700 {folder}")
    return f"{folder} (owner {owner}, {mode:04o})"


def _files(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        found += [Path(root) / name for name in dirs + files]
    return found


def database(cfg: Config) -> str:
    """Where the database is; for SQLite, that its file is writable by this user."""
    url = database_where(cfg.storage.database)
    if url.backend != "sqlite" or not url.database:
        return f"{url.backend} on {url.host or 'localhost'}/{url.database or ''}"
    path = Path(url.database)
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise PermissionError(f"{path} is not writable by {user_name(os.geteuid())}")
    return str(path)
