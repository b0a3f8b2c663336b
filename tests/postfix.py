"""A real Postfix for the deployment tests, with its own configuration in a temp dir.

Not the system service: `postfix start` with `MAIL_CONFIG` pointing at our own main.cf and
master.cf, its queue and data directories under the temp dir, smtpd on a free loopback
port, no chroot, and every outgoing mail relayed to the tests' smarthost (no DNS). The
master process runs as root and its daemons as the `postfix` user, as on a mail host, so
the tests need root (CI runs as root; elsewhere they skip with the reason).

Postfix's own log goes to `maillog` in the temp dir: a failing test shows its tail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import free_port, require_server, wait_for

POSTFIX = shutil.which("postfix", path="/usr/sbin:/usr/bin:" + os.environ.get("PATH", ""))
INSTALL_HINT = "apt-get install postfix"


@dataclass
class Postfix:
    """One running instance; `config_dir` stands where /etc/postfix stands on a mail host."""

    root: Path
    port: int

    @property
    def config_dir(self) -> Path:
        return self.root / "etc"

    @property
    def env(self) -> dict[str, str]:
        # postconf, postmap and postfix all read MAIL_CONFIG: the README's commands, run
        # with it set, change this instance and nothing of the system's.
        path = "/usr/sbin:/usr/bin:/sbin:/bin:" + os.environ.get("PATH", "")
        return {**os.environ, "MAIL_CONFIG": str(self.config_dir), "PATH": path}

    def run(self, command: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(["/bin/sh", "-ec", command], env=self.env, text=True,
                                capture_output=True, timeout=60)
        if result.returncode != 0:
            raise AssertionError(f"{command!r} failed ({result.returncode}):\n"
                                 f"{result.stdout}{result.stderr}\n{self.log()}")
        return result

    def postconf(self, name: str) -> str:
        return self.run(f"postconf -h {name}").stdout.strip()

    def log(self) -> str:
        path = self.root / "maillog"
        return path.read_text(errors="replace")[-4000:] if path.exists() else "(no maillog)"

    def queue_is_empty(self) -> bool:
        result = subprocess.run(["postqueue", "-p"], env=self.env, text=True,
                                capture_output=True, timeout=30)
        return "Mail queue is empty" in result.stdout

    def stop(self) -> None:
        subprocess.run(["postfix", "stop"], env=self.env, capture_output=True, timeout=60)
        shutil.rmtree(self.root, ignore_errors=True)


def start_postfix(relay_port: int) -> Postfix:
    """A Postfix as a fresh Debian install has it, listening on a free loopback port, and
    relaying everything it sends out to 127.0.0.1:`relay_port`. `stop()` removes it."""
    require_server("Postfix", POSTFIX is not None, INSTALL_HINT)
    require_server("root", os.geteuid() == 0,
                   "starting a real Postfix needs root (its master runs as root)")
    # Not under pytest's 0700 temp folder: Postfix's daemons, as the postfix user, must
    # reach their data directory by its full path.
    root = Path(tempfile.mkdtemp(prefix="mailhandler-postfix-"))
    root.chmod(0o755)
    instance = Postfix(root=root, port=free_port())
    etc, queue, data = instance.config_dir, root / "queue", root / "data"
    etc.mkdir()
    queue.mkdir()
    data.mkdir()
    shutil.chown(data, user="postfix")
    shutil.copy("/etc/postfix/master.cf", etc / "master.cf")
    (etc / "main.cf").write_text(
        # What a fresh install has that matters here...
        "compatibility_level = 3.6\n"
        "mydestination =\n"
        "mynetworks = 127.0.0.1/32\n"
        # ...what only a test needs: its own folders, loopback, no DNS, one relay...
        f"queue_directory = {queue}\n"
        f"data_directory = {data}\n"
        "myhostname = mx.lumi.test\n"
        "inet_interfaces = 127.0.0.1\n"
        "inet_protocols = ipv4\n"
        "smtp_dns_support_level = disabled\n"
        f"relayhost = [127.0.0.1]:{relay_port}\n"
        "maillog_file_prefixes = /tmp /var\n"
        f"maillog_file = {root / 'maillog'}\n"
        # ...and a restriction of the admin's own, which the README's lines must keep.
        "smtpd_recipient_restrictions = check_sender_access "
        "inline:{ spammer@bad.example=REJECT }\n"
    )
    instance.run("postconf -F '*/*/chroot = n'")
    instance.run("postconf -M# smtp/inet")
    instance.run(f"postconf -Me '127.0.0.1:{instance.port}/inet = "
                 f"127.0.0.1:{instance.port} inet n - n - - smtpd'")
    instance.run("postfix check && postfix start")

    def listening() -> bool:
        import socket

        try:
            with socket.create_connection(("127.0.0.1", instance.port), timeout=0.5):
                return True
        except OSError:
            return False

    try:
        wait_for(listening, 30, "Postfix to listen")
    except AssertionError:
        instance.stop()
        raise AssertionError(f"Postfix did not start:\n{instance.log()}") from None
    return instance
