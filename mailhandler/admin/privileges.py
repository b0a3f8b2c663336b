"""Run every command as the user that owns `data_dir`, or not at all.

An admin's `check-config` or `volunteer add` as root used to leave a root-owned
database behind, and the daemon, run as its service user, then crashed on a
read-only database. So, before anything is opened or created: whoever owns
`data_dir` is who the command runs as. Root drops to that owner (setgid, then
setuid: it cannot come back); any other user is refused in one line. Where the
folder belongs to the user running the command (root in a test, the admin on a
laptop) nothing changes.
"""

from __future__ import annotations

import os
import pwd
import tomllib
from pathlib import Path

from mailhandler.config import EMBEDDED, resolve_path
from mailhandler.config_schema import KEYS


class WrongUser(Exception):
    """The command is run by a user who must not write into `data_dir`. One line."""


def planned_data_dir(config_path: Path | None) -> Path | None:
    """`storage.data_dir` as the configuration will say, before it is fully read.

    Only the file's own text is read (it may be read by anyone who may run the command);
    a file that cannot be read is left to load_config, which says what is wrong.
    """
    if config_path is None:
        return resolve_path(KEYS["storage.data_dir"].default, EMBEDDED)
    try:
        with open(config_path, "rb") as fh:
            data = tomllib.load(fh)
        value = data.get("storage", {}).get("data_dir", KEYS["storage.data_dir"].default)
    except (OSError, tomllib.TOMLDecodeError, AttributeError, UnicodeDecodeError):
        return None
    if not isinstance(value, str) or not value.strip():
        return None
    return resolve_path(value.strip(), str(config_path))


def user_name(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return f"uid {uid}"


def become_owner(data_dir: Path) -> str | None:
    """Switch to the owner of `data_dir` (when root) or refuse (when anyone else).

    Returns the name switched to, None when nothing changed. A `data_dir` that does not
    exist yet is created by whoever runs the command (see main); the service then finds
    it owned by that user and says so instead of failing on a read-only file.
    """
    try:
        owner = data_dir.stat().st_uid
    except OSError:
        return None
    me = os.geteuid()
    if owner == me:
        return None
    if me != 0:
        owner_name = user_name(owner)
        raise WrongUser(f"{data_dir} belongs to {owner_name}, not to {user_name(me)}: run the "
                        f"command as {owner_name} (sudo -u {owner_name} mailhandler ...) so "
                        "nothing in it becomes unusable for the service")
    name: str | None
    try:
        entry = pwd.getpwuid(owner)
    except KeyError:
        gid, name = data_dir.stat().st_gid, None
    else:
        gid, name = entry.pw_gid, entry.pw_name
    if name is not None:
        os.initgroups(name, gid)
    else:
        os.setgroups([])
    os.setgid(gid)
    os.setuid(owner)
    python_readable(name or f"uid {owner}")
    if name is not None:
        # Programs started from here (none today) and libraries that look at $HOME.
        os.environ["HOME"] = pwd.getpwuid(owner).pw_dir
    return name or f"uid {owner}"


def python_readable(name: str, library: Path | None = None) -> None:
    """After the switch: the service user must be able to read Python's own library.

    A Python installed in root's home (pyenv in /root, 0700) runs as root and fails as
    the service user only when a module is first imported lazily, with a traceback such
    as "unknown encoding: idna" (tried: every command, check-config included)."""
    library = library or Path(os.__file__).parent
    if not os.access(library, os.R_OK | os.X_OK):
        raise WrongUser(f"{name} cannot read Python's library in {library}: install mailhandler "
                        "with a Python every user can read (python3 -m venv from /usr/bin/python3)")


def run_as_owner(config_path: Path | None) -> None:
    """Before the configuration's files are opened: note who is here, then become the owner."""
    from mailhandler.admin.operator import remember

    remember()
    planned = planned_data_dir(config_path)
    if planned is not None:
        become_owner(planned)


def ensure_data_dir(data_dir: Path, source: str) -> None:
    """Create `data_dir` (0700) if missing; a folder that cannot be made is a config error."""
    from mailhandler.config import ConfigError

    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except FileExistsError:
        raise ConfigError(source, "storage.data_dir", f"{data_dir} is a file, not a folder"
                          ) from None
    except OSError as exc:
        raise ConfigError(source, "storage.data_dir",
                          f"cannot create {data_dir} ({exc.strerror})") from None
    if not data_dir.is_dir():
        raise ConfigError(source, "storage.data_dir", f"{data_dir} is not a folder")
