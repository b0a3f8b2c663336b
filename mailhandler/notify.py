"""Telling systemd how the daemon is doing (sd_notify), for `Type=notify` and `WatchdogSec=`.

The protocol is one datagram of `KEY=value` lines to the AF_UNIX socket named in
$NOTIFY_SOCKET (a name starting with "@" is in the abstract namespace). Without that
variable the daemon is not under systemd and every call does nothing. A failed send is
ignored: the service manager being away must never stop the handling of mail.
Never put personal data in a STATUS= line: systemctl status shows it to any local user.
"""

from __future__ import annotations

import os
import socket


class Notifier:
    """The channel to the service manager, or nothing when the daemon has none."""

    def __init__(self, environ: dict[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        address = env.get("NOTIFY_SOCKET", "")
        self.address: str | bytes | None = None
        if address.startswith("@"):
            self.address = b"\0" + address[1:].encode()
        elif address.startswith("/"):
            self.address = address
        self.watchdog_seconds = self._watchdog_seconds(env)

    @staticmethod
    def _watchdog_seconds(env: dict[str, str] | os._Environ[str]) -> float | None:
        """The watchdog's interval, when systemd set one for this very process."""
        pid = env.get("WATCHDOG_PID")
        if pid and pid != str(os.getpid()):
            return None  # meant for a parent that exec'd us, or inherited by mistake
        try:
            usec = int(env.get("WATCHDOG_USEC", ""))
        except ValueError:
            return None
        return usec / 1_000_000 if usec > 0 else None

    def send(self, *lines: str) -> bool:
        """Send the `KEY=value` lines as one message; whether it was sent."""
        if self.address is None:
            return False
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.sendto("\n".join(lines).encode(), self.address)
        except OSError:
            return False
        return True

    def ready(self, status: str) -> None:
        self.send("READY=1", f"STATUS={status}")

    def status(self, status: str) -> None:
        self.send(f"STATUS={status}")

    def stopping(self, status: str) -> None:
        self.send("STOPPING=1", f"STATUS={status}")

    def watchdog(self) -> None:
        self.send("WATCHDOG=1")
