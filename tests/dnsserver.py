"""A real DNS server for the tests: Unbound on a free 127.0.0.1 port, with local zones.

Not the system service: `unbound -d -c <our conf>` as a child process, answering
only for the test domains (`example.` and `test.` are static local zones: a name
that is not published is NXDOMAIN at once, and nothing is ever asked upstream).
The base records publish SPF for the volunteers' domains (`v=spf1 ip4:127.0.0.1
-all`), so answers the tests send from 127.0.0.1 pass authentication for real;
tests publish more (DKIM keys, DMARC records) at run time with unbound-control.

One server per test process, started on first use and stopped at exit.
"""

from __future__ import annotations

import atexit
import base64
import contextlib
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.conftest import free_port, require_server, wait_for

UNBOUND = shutil.which("unbound") or "/usr/sbin/unbound"
UNBOUND_CONTROL = shutil.which("unbound-control") or "/usr/sbin/unbound-control"
INSTALL_HINT = "apt-get install unbound"

BASE_RECORDS = (
    'vrijwilligers.example. 60 IN TXT "v=spf1 ip4:127.0.0.1 -all"',
    'coord.example. 60 IN TXT "v=spf1 ip4:127.0.0.1 -all"',
    # A bank whose mail never comes from here: its address forged from 127.0.0.1 fails SPF.
    'bank.example. 60 IN TXT "v=spf1 ip4:192.0.2.1 -all"',
    '_dmarc.bank.example. 60 IN TXT "v=DMARC1; p=reject"',
    # A big provider's way: "~all", softfail for mail not from its servers.
    'mailbox.example. 60 IN TXT "v=spf1 ip4:192.0.2.2 ~all"',
)


def txt_strings(value: str) -> str:
    """A TXT value as quoted strings of at most 255 characters (a DKIM key is longer)."""
    return " ".join(f'"{value[i:i + 255]}"' for i in range(0, len(value), 255))


class Unbound:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="mh-unbound-"))
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def conf(self) -> Path:
        return self.root / "unbound.conf"

    @property
    def nameserver(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> Unbound:
        local_data = "\n".join(f"  local-data: '{r}'" for r in BASE_RECORDS)
        self.conf.write_text(f"""server:
  interface: 127.0.0.1
  port: {self.port}
  do-ip6: no
  do-daemonize: no
  username: ""
  chroot: ""
  directory: "{self.root}"
  pidfile: "{self.root}/unbound.pid"
  use-syslog: no
  logfile: "{self.root}/unbound.log"
  verbosity: 0
  access-control: 127.0.0.0/8 allow
  module-config: "iterator"
  local-zone: "example." static
  local-zone: "test." static
{local_data}
remote-control:
  control-enable: yes
  control-interface: {self.root}/control.sock
  control-use-cert: no
""")
        self.proc = subprocess.Popen([UNBOUND, "-d", "-c", str(self.conf)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: self._control("status").returncode == 0, 15, "unbound to start")
        return self

    def _control(self, *args: str) -> subprocess.CompletedProcess[str]:
        if self.proc is not None and self.proc.poll() is not None:
            raise AssertionError("unbound exited:\n" + self.log())
        return subprocess.run([UNBOUND_CONTROL, "-c", str(self.conf), *args],
                              capture_output=True, text=True, timeout=10)

    def publish(self, name: str, value: str) -> None:
        """Add a TXT record (a DKIM key, a DMARC or SPF record) now."""
        result = self._control("local_data", f"{name}. 60 IN TXT {txt_strings(value)}")
        assert result.returncode == 0 and "ok" in result.stdout, result.stderr

    def withdraw(self, name: str) -> None:
        self._control("local_data_remove", f"{name}.")

    def publish_dkim_key(self, selector: str, domain: str, public_der: bytes) -> None:
        key = base64.b64encode(public_der).decode("ascii")
        self.publish(f"{selector}._domainkey.{domain}", f"v=DKIM1; k=rsa; p={key}")

    def log(self) -> str:
        path = self.root / "unbound.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(timeout=10)
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
        shutil.rmtree(self.root, ignore_errors=True)


_shared: Unbound | None = None


def shared_dns() -> Unbound:
    """The test process's DNS server; skips (fails in CI) when Unbound is not installed."""
    global _shared
    require_server("Unbound (DNS)", Path(UNBOUND).exists() and Path(UNBOUND_CONTROL).exists(),
                   INSTALL_HINT)
    if _shared is None:
        _shared = Unbound().start()
        atexit.register(_shared.stop)
    return _shared
