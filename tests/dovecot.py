"""A real Dovecot IMAP server for the tests, with its own configuration in a temp dir.

Not the system service: `dovecot -F -c <our conf>` as a child process, listening on
127.0.0.1 on a free port, plaintext login allowed (loopback only), one throwaway
user in a passwd-file (more with `users`), maildirs under the temp dir. With
`master_user`, a Dovecot master user (a passdb with `master = yes`) may log in as any
of them as "<user>*<master_user>", as the helpline's cleaning of volunteers' mailboxes
does; only as users that exist (`result_success = continue` on to the user passdb).
`stop()` and `start()` take the server away and bring it back on the same port with
the same mail, so a client's reconnect can be tested; `kill_connections()` cuts the open
sessions only.

Dovecot 2.3 (Debian 12) is assumed; 2.4 renamed several settings and is refused
with a clear skip rather than a confusing failure.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from imapclient import IMAPClient

from tests.conftest import free_port, require_server, wait_for

DOVECOT = shutil.which("dovecot") or ("/usr/sbin/dovecot" if os.path.exists("/usr/sbin/dovecot")
                                      else None)
DOVEADM = shutil.which("doveadm") or ("/usr/bin/doveadm" if os.path.exists("/usr/bin/doveadm")
                                      else None)
INSTALL_HINT = "apt-get install dovecot-imapd"


def _user(*names: str) -> pwd.struct_passwd:
    for name in names:
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError(f"none of the users {names} exists")


def _descendants(pid: int) -> list[int]:
    """The processes below `pid` (children, grandchildren...), from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid ...: comm may hold spaces and parentheses
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: list[int] = []
    frontier = [pid]
    while frontier:
        parent = frontier.pop()
        kids = [child for child, ppid in parents.items() if ppid == parent]
        found.extend(kids)
        frontier.extend(kids)
    return found


def _alive(pid: int) -> bool:
    """Running, and not a zombie waiting for a parent that is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _signal(pid: int, signum: int) -> None:
    if _alive(pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signum)


def dovecot_version() -> tuple[int, ...] | None:
    if DOVECOT is None:
        return None
    try:
        out = subprocess.run([DOVECOT, "--version"], capture_output=True, text=True,
                             timeout=10).stdout
    except OSError:
        return None
    try:
        return tuple(int(p) for p in out.split()[0].split(".")[:2])
    except (IndexError, ValueError):
        return None


@dataclass
class Dovecot:
    root: Path
    port: int
    user: str = "hulp"
    password: str = field(default_factory=lambda: secrets.token_urlsafe(12))
    host: str = "127.0.0.1"
    capabilities: str | None = None  # overrides the CAPABILITY list, e.g. without IDLE
    # Set: XOAUTH2 logins too, their tokens checked at this RFC 7662 endpoint.
    oauth2_introspection_url: str | None = None
    proc: subprocess.Popen[bytes] | None = None
    users: dict[str, str] = field(default_factory=dict)  # more mailboxes: name -> password
    master_user: str | None = None
    master_password: str = field(default_factory=lambda: secrets.token_urlsafe(18))

    @property
    def conf(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        return self.root / "dovecot.log"

    def write_config(self) -> None:
        internal = _user("dovecot")
        login = _user("dovenull", "nobody")
        mail_owner = _user("nobody")
        for name in ("run", "state", "mail"):
            (self.root / name).mkdir(exist_ok=True)
        # The mail processes run as `nobody`: they must reach and write the maildirs.
        os.chmod(self.root, 0o755)
        os.chown(self.root / "mail", mail_owner.pw_uid, mail_owner.pw_gid)
        accounts = {self.user: self.password, **self.users}
        (self.root / "passwd").write_text("".join(
            f"{name}:{{PLAIN}}{password}::::::\n" for name, password in accounts.items()))
        os.chmod(self.root / "passwd", 0o644)
        capability = f"imap_capability = {self.capabilities}\n" if self.capabilities else ""
        mechanisms, oauth2_passdb = "plain login", ""
        if self.oauth2_introspection_url:
            (self.root / "oauth2.conf.ext").write_text(
                "introspection_mode = post\n"
                f"introspection_url = {self.oauth2_introspection_url}\n"
                "username_attribute = username\n"
                "active_attribute = active\n"
                "active_value = true\n")
            mechanisms += " xoauth2 oauthbearer"
            oauth2_passdb = ("passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                             f"  args = {self.root}/oauth2.conf.ext\n}}\n")
        master = ""
        if self.master_user:
            (self.root / "masters").write_text(
                f"{self.master_user}:{{PLAIN}}{self.master_password}::::::\n")
            os.chmod(self.root / "masters", 0o644)
            master = f"""auth_master_user_separator = *
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.root}/masters
  master = yes
  result_success = continue
}}
"""
        self.conf.write_text(f"""\
protocols = imap
listen = 127.0.0.1
base_dir = {self.root}/run
state_dir = {self.root}/state
log_path = {self.log_path}
instance_name = mh-test-{self.port}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = {mechanisms}
default_internal_user = {internal.pw_name}
default_login_user = {login.pw_name}
first_valid_uid = 1
first_valid_gid = 1
mail_location = maildir:~/Maildir
shutdown_clients = yes
{capability}
{master}
{oauth2_passdb}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.root}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_owner.pw_uid} gid={mail_owner.pw_gid} home={self.root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
""")

    # --- the server process ---------------------------------------------------------------

    def start(self) -> Dovecot:
        assert DOVECOT is not None
        assert self.proc is None or self.proc.poll() is not None, "already running"
        with open(self.root / "stderr.log", "ab") as err:
            self.proc = subprocess.Popen([DOVECOT, "-F", "-c", str(self.conf)],
                                         stdout=subprocess.DEVNULL, stderr=err)

        def ready() -> bool:
            assert self.proc is not None
            if self.proc.poll() is not None:
                err = (self.root / "stderr.log").read_text(errors="replace")
                raise AssertionError(f"dovecot exited early: {err}\n{self.log()}")
            try:
                with IMAPClient(self.host, self.port, ssl=False, timeout=2):
                    return True
            except OSError:
                return False

        wait_for(ready, 20, "dovecot to listen")
        return self

    def stop(self) -> None:
        """Stop the server and every process it started: open IMAP sessions end with BYE.

        The master exits within a second, but its imap processes would linger for
        about ten seconds still serving their clients; a server that is "gone" must
        not, so they are stopped too, by pid.
        """
        if self.proc is None:
            return
        children = _descendants(self.proc.pid)
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
        for pid in children:
            _signal(pid, signal.SIGTERM)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(_alive(pid) for pid in children):
            time.sleep(0.05)
        for pid in children:
            _signal(pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and self._port_busy():
            time.sleep(0.05)

    def _port_busy(self) -> bool:
        import socket

        with socket.socket() as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind((self.host, self.port))
            except OSError:
                return True
        return False

    def kill_connections(self) -> None:
        """Cut every open IMAP session of our user; the server stays up."""
        assert DOVEADM is not None
        result = subprocess.run([DOVEADM, "-c", str(self.conf), "kick", self.user],
                                capture_output=True, text=True, timeout=20)
        if result.returncode not in (0, 68):  # 68: nobody was connected
            raise AssertionError(f"doveadm kick failed: {result.stdout}{result.stderr}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    # --- the mailbox, as a client sees it ------------------------------------------------

    def client(self, user: str | None = None) -> IMAPClient:
        """Logged in as `user` (default: the first user), with their own password."""
        imap = IMAPClient(self.host, self.port, ssl=False, timeout=10)
        name = user or self.user
        imap.login(name, self.password if name == self.user else self.users[name])
        return imap

    def append(self, folder: str, raw: bytes, user: str | None = None) -> None:
        with self.client(user) as imap:
            if not imap.folder_exists(folder):
                imap.create_folder(folder)
            imap.append(folder, raw)

    def messages(self, folder: str = "INBOX", user: str | None = None) -> list[bytes]:
        """The raw mails in a folder, \\Deleted ones excluded; [] if it does not exist."""
        with self.client(user) as imap:
            if not imap.folder_exists(folder):
                return []
            imap.select_folder(folder, readonly=True)
            uids = imap.search(["UNDELETED"])
            if not uids:
                return []
            data = imap.fetch(uids, ["BODY.PEEK[]"])
            return [data[uid][b"BODY[]"] for uid in sorted(data)]

    def flags(self, folder: str = "INBOX") -> list[tuple[bytes, ...]]:
        with self.client() as imap:
            imap.select_folder(folder, readonly=True)
            uids = imap.search(["ALL"])
            data = imap.fetch(uids, ["FLAGS"]) if uids else {}
            return [data[uid][b"FLAGS"] for uid in sorted(data)]

    def all_messages(self, user: str | None = None) -> list[bytes]:
        """Every message in every folder, \\Deleted ones too (an expunge really removes)."""
        found: list[bytes] = []
        with self.client(user) as imap:
            for _, _, name in imap.list_folders():
                imap.select_folder(name, readonly=True)
                uids = imap.search(["ALL"])
                if uids:
                    data = imap.fetch(uids, ["BODY.PEEK[]"])
                    found += [data[uid][b"BODY[]"] for uid in sorted(data)]
        return found

    def folders(self, user: str | None = None) -> list[str]:
        with self.client(user) as imap:
            return [name for _, _, name in imap.list_folders()]


def make_dovecot(capabilities: str | None = None, users: dict[str, str] | None = None,
                 master_user: str | None = None,
                 oauth2_introspection_url: str | None = None) -> Dovecot:
    """A configured, not yet started server in a fresh temp dir (see the `dovecot` fixture)."""
    version = dovecot_version()
    require_server("Dovecot", version is not None, INSTALL_HINT)
    assert version is not None
    if version >= (2, 4):
        require_server("Dovecot 2.3", False, "this harness writes a 2.3 configuration")
    if os.geteuid() != 0:
        require_server("Dovecot (as root)", False, "the harness starts dovecot as root")
    # Not under pytest's tmp_path: that is private to root, and Dovecot's unprivileged
    # processes must reach their own files.
    root = Path(tempfile.mkdtemp(prefix="mh-dovecot-"))
    server = Dovecot(root=root, port=free_port(), capabilities=capabilities,
                     users=dict(users or {}), master_user=master_user,
                     oauth2_introspection_url=oauth2_introspection_url)
    server.write_config()
    return server


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    server = make_dovecot()
    try:
        yield server.start()
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)
