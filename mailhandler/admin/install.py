"""`mailhandler init`: the configuration, the secret and data_dir, made right once.

Without it an admin had to guess: which user, which folders, which modes, how to make
the secret (and every command failed until they did). Everything is created for the
service user: the secret 0600 and data_dir 0700 owned by it, the configuration
readable by it (root-owned, group of the service user, 0640, when run as root). What
exists is kept, never overwritten: running it again only adds what is missing.
"""

from __future__ import annotations

import os
import pwd
import re
import secrets
import tomllib
from dataclasses import dataclass
from pathlib import Path

from mailhandler.config import resolve_path
from mailhandler.config_schema import render_example


class InitError(Exception):
    """One line for the admin; nothing half-made is left unexplained."""


@dataclass(frozen=True)
class Account:
    uid: int
    gid: int
    name: str


def account(user: str | None) -> Account:
    """The service user (default: whoever runs init)."""
    if user is None:
        uid = os.geteuid()
        try:
            name = pwd.getpwuid(uid).pw_name
        except KeyError:
            name = str(uid)
        return Account(uid, os.getegid(), name)
    try:
        entry = pwd.getpwnam(user)
    except KeyError:
        raise InitError(f"no user {user!r} on this system (create it first: useradd --system "
                        f"--home-dir /var/lib/mailhandler --shell /usr/sbin/nologin {user})"
                        ) from None
    if entry.pw_uid != os.geteuid() and os.geteuid() != 0:
        raise InitError(f"only root can create files for {user}: run init with sudo")
    return Account(entry.pw_uid, entry.pw_gid, entry.pw_name)


def config_text(data_dir: str) -> str:
    """The example configuration, with its files where init puts them."""
    text = render_example()
    replacements = (
        (r'^secret_file = .*$', 'secret_file = "secret"'),
        (r'^key_file = ".*dkim\.key"$', 'key_file = "dkim.key"'),
        (r'^data_dir = .*$', f"data_dir = {_quoted(data_dir)}"),
        (r'^database = "sqlite:.*$', '# database = "postgresql+psycopg://mailhandler@/mailhandler"'),
        (r'^url = "maildir:.*$', f"url = {_quoted('maildir:' + str(Path(data_dir) / 'outbox'))}"),
    )
    for pattern, replacement in replacements:
        text, count = re.subn(pattern, replacement.replace("\\", "\\\\"), text, count=1,
                              flags=re.MULTILINE)
        assert count == 1, pattern  # the example changed: init must follow
    return text


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _parents(path: Path) -> None:
    """Missing folders above `path` as any installer makes them: 0755 (not the umask's 0700,
    which would lock the service user out of what is below)."""
    missing = [p for p in path.parents if not p.exists()]
    for parent in reversed(missing):
        parent.mkdir()
        parent.chmod(0o755)


def _owned(path: Path, uid: int, gid: int) -> None:
    if os.geteuid() == 0:
        os.chown(path, uid, gid)


def init(config_path: Path, user: str | None, data_dir: str | None) -> list[str]:
    """Create what is missing; return the lines to print (what was done, what is next)."""
    svc = account(user)
    done: list[str] = []
    config_path = config_path.absolute()
    folder = config_path.parent
    if not folder.is_dir():
        try:
            _parents(folder)
            folder.mkdir(mode=0o750)
        except OSError as exc:
            raise InitError(f"cannot create {folder} ({exc.strerror})") from None
        folder.chmod(0o750)  # the umask of every command is 077
        _owned(folder, 0 if os.geteuid() == 0 else svc.uid, svc.gid)
        done.append(f"created {folder}/ (0750)")
    if config_path.exists():
        done.append(f"kept {config_path} (exists)")
    else:
        text = config_text(data_dir or "var")
        try:
            fd = os.open(config_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o640)
        except OSError as exc:
            raise InitError(f"cannot create {config_path} ({exc.strerror})") from None
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(config_path, 0o640)
        # root owns it, the service reads it through its group; without root, it is the user's.
        _owned(config_path, 0 if os.geteuid() == 0 else svc.uid, svc.gid)
        done.append(f"created {config_path} (0640, from the example: adapt [helpline])")
    try:
        with open(config_path, "rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InitError(f"cannot read {config_path}: {exc}") from None
    source = str(config_path)
    helpline = data.get("helpline", {})
    if isinstance(helpline, dict) and isinstance(helpline.get("secret_file"), str):
        secret = resolve_path(helpline["secret_file"], source)
        if secret.exists():
            done.append(f"kept {secret} (exists)")
        else:
            _write_secret(secret, svc)
            done.append(f"created {secret} (0600, owner {svc.name}, 43 random characters)")
    done += _dkim_key(data.get("dkim"), source, svc)
    storage = data.get("storage", {})
    raw_dir = storage.get("data_dir", "var") if isinstance(storage, dict) else "var"
    state = resolve_path(str(raw_dir), source)
    if state.is_dir():
        owner = state.stat().st_uid
        if owner != svc.uid:
            raise InitError(f"{state} exists but belongs to uid {owner}, not {svc.name}: "
                            f"chown -R {svc.name}: {state}")
        done.append(f"kept {state}/ (exists, owner {svc.name})")
    else:
        try:
            _parents(state)
            state.mkdir(mode=0o700)
        except OSError as exc:
            raise InitError(f"cannot create {state} ({exc.strerror})") from None
        os.chmod(state, 0o700)
        _owned(state, svc.uid, svc.gid)
        done.append(f"created {state}/ (0700, owner {svc.name})")
    cli = f"mailhandler --config {config_path}"
    if os.geteuid() == 0 and svc.uid != 0:
        done.append(f"commands run as root switch to {svc.name}, the owner of {state}")
    done += [
        "next:",
        f"  1. edit {config_path}: [helpline] name, address, privacy_address, domain;",
        "     [outbound] url (your smarthost, e.g. smtp://127.0.0.1:25)",
        f"  2. {cli} check-config",
        f"  3. {cli} volunteer add ADDRESS --nickname NICK [--coordinator]",
        "  4. install config/mailhandler.service and: systemctl enable --now mailhandler",
        f"     (or try it in the foreground: {cli} serve)",
    ]
    return done


def _dkim_key(table: object, source: str, svc: Account) -> list[str]:
    """The signing key the configuration names, made if missing (0600, the service user's).

    The example turns signing on; without the key, `serve` refuses to start, and an admin
    following the steps found that out only from systemd (tried: check-config was green,
    then `dkim-key` as root could not write into the root-owned /etc/mailhandler)."""
    if not isinstance(table, dict) or not isinstance(table.get("key_file"), str):
        return []
    path = resolve_path(table["key_file"], source)
    if path.exists():
        return [f"kept {path} (exists)"]
    from mailhandler.outbound.signing import create_key

    try:
        create_key(path)
    except OSError as exc:
        raise InitError(f"cannot create {path} ({exc.strerror})") from None
    _owned(path, svc.uid, svc.gid)
    return [f"created {path} (0600, owner {svc.name}, a 2048-bit DKIM key; "
            "check-config prints the DNS record to publish)"]


def _write_secret(path: Path, svc: Account) -> None:
    """A new random secret, 0600, owned by the service user; never replaces one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise InitError(f"cannot create {path} ({exc.strerror})") from None
    try:
        os.write(fd, (secrets.token_urlsafe(32) + "\n").encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(path, 0o600)
    _owned(path, svc.uid, svc.gid)

