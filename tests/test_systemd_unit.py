"""The shipped systemd unit: hardened, valid, and the daemon speaks systemd's notify protocol.

The unit is rated by `systemd-analyze security --offline=yes` (systemd 252 and later) and
checked by `systemd-analyze verify`. The notify tests start the real daemon with
NOTIFY_SOCKET pointing at a datagram socket of the test, as systemd would, and the
MemoryDenyWriteExecute test starts it under the kernel's own W^X switch (PR_SET_MDWE).
"""

from __future__ import annotations

import io
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.conftest import HELPLINE, ROOT, Daemon, Smarthost, add_volunteers, require_server

UNIT = ROOT / "config" / "mailhandler.service"
MAX_EXPOSURE = 2.0
SYSTEMD_ANALYZE = shutil.which("systemd-analyze")


def require_offline_analyze() -> str:
    """systemd-analyze that can rate a unit file without a running systemd (252 and later)."""
    require_server("systemd-analyze", SYSTEMD_ANALYZE is not None,
                   "apt-get install systemd (systemd-analyze)")
    assert SYSTEMD_ANALYZE is not None
    usage = subprocess.run([SYSTEMD_ANALYZE, "security", "--help"], capture_output=True,
                           text=True, timeout=30).stdout
    require_server("systemd-analyze security --offline", "--offline" in usage,
                   "needs systemd 252 or later")
    return SYSTEMD_ANALYZE


def exposure(unit: Path) -> float:
    analyze = require_offline_analyze()
    result = subprocess.run([analyze, "security", "--offline=yes", str(unit)],
                            capture_output=True, text=True, timeout=60)
    found = re.search(r"Overall exposure level for \S+: (\d+(?:\.\d+)?)", result.stdout)
    assert found, f"no exposure level in:\n{result.stdout}\n{result.stderr}"
    return float(found.group(1))


def test_shipped_unit_is_rated_at_most_2_by_systemd_analyze_security() -> None:
    assert exposure(UNIT) <= MAX_EXPOSURE


def test_a_unit_without_the_hardening_is_rated_exposed(tmp_path: Path) -> None:
    # The rating above is read from systemd-analyze, not assumed: a bare unit scores high.
    bare = tmp_path / "mailhandler.service"
    bare.write_text("[Service]\nType=simple\nUser=mailhandler\nExecStart=/bin/true\n")
    assert exposure(bare) > 8.0


def test_shipped_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    analyze = require_offline_analyze()
    # verify checks that ExecStart= exists: point it at this checkout's entry point.
    program = tmp_path / "mailhandler"
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    unit = tmp_path / "mailhandler.service"
    unit.write_text(UNIT.read_text().replace("/opt/mailhandler/.venv/bin/mailhandler",
                                             str(program)))
    result = subprocess.run([analyze, "verify", "--man=no", str(unit)],
                            capture_output=True, text=True, timeout=60)
    # An unknown or misspelt directive is only a warning (exit 0): no output at all is asked.
    assert result.returncode == 0 and result.stderr == "" and result.stdout == "", (
        result.stdout + result.stderr)


def test_shipped_unit_is_notify_with_a_watchdog_and_its_own_state_directory() -> None:
    service = dict(line.split("=", 1) for line in UNIT.read_text().splitlines()
                   if "=" in line and not line.startswith("#"))
    assert service["Type"] == "notify" and service["NotifyAccess"] == "main"
    assert service["WatchdogSec"] == "60" and service["Restart"] == "on-failure"
    assert service["StateDirectory"] == "mailhandler"
    assert service["StateDirectoryMode"] == "0700"
    assert service["WorkingDirectory"] == "%S/mailhandler"
    assert service["CapabilityBoundingSet"] == ""
    assert int(service["LimitNOFILE"]) >= 65536  # idle connections must not exhaust it


# --- sd_notify ------------------------------------------------------------------------------


class NotifySocket:
    """What systemd listens on: an AF_UNIX datagram socket, messages of KEY=value lines."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        self.messages: list[dict[str, str]] = []

    def wait_for(self, key: str, value: str = "1", timeout: float = 20.0) -> dict[str, str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.sock.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                break
            message = dict(line.split("=", 1) for line in data.decode().splitlines())
            self.messages.append(message)
            if message.get(key) == value:
                return message
        raise AssertionError(f"no {key}={value} within {timeout}s; got {self.messages}")

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def notify_socket(tmp_path: Path):
    sock = NotifySocket(tmp_path / "notify.sock")
    yield sock
    sock.close()


@pytest.mark.slow
def test_daemon_tells_systemd_ready_feeds_the_watchdog_and_says_stopping(
        make_daemon: Callable[..., Daemon], notify_socket: NotifySocket) -> None:
    daemon = make_daemon()
    add_volunteers(daemon.config)
    # A 2 s watchdog: the daemon must feed it about every second.
    daemon.env = {"NOTIFY_SOCKET": str(notify_socket.path), "WATCHDOG_USEC": "2000000"}
    daemon.start()
    ready = notify_socket.wait_for("READY")
    assert ready["STATUS"] == f"listening on 127.0.0.1:{daemon.port}"
    before = len(notify_socket.messages)
    notify_socket.wait_for("WATCHDOG", timeout=5)
    notify_socket.wait_for("WATCHDOG", timeout=5)
    assert all("READY" not in m for m in notify_socket.messages[before:])
    assert daemon.stop() == 0
    stopping = notify_socket.wait_for("STOPPING", timeout=5)
    assert stopping["STATUS"].startswith("stopping")


@pytest.mark.slow
def test_daemon_in_the_abstract_namespace_is_heard_and_without_watchdog_does_not_feed_it(
        make_daemon: Callable[..., Daemon]) -> None:
    name = f"mailhandler-test-{time.monotonic_ns()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        daemon = make_daemon()
        daemon.env = {"NOTIFY_SOCKET": "@" + name}
        daemon.start()
        sock.settimeout(20)
        assert b"READY=1" in sock.recv(4096).splitlines()
        # No WATCHDOG_USEC: no watchdog messages; the next message is the stop.
        time.sleep(2.5)
        assert daemon.stop() == 0
        sock.settimeout(5)
        assert sock.recv(4096).splitlines()[0] == b"STOPPING=1"


def test_without_notify_socket_nothing_is_sent() -> None:
    from mailhandler.notify import Notifier

    notifier = Notifier({})
    assert notifier.send("READY=1") is False
    assert notifier.watchdog_seconds is None


def test_watchdog_meant_for_another_process_is_ignored() -> None:
    from mailhandler.notify import Notifier

    assert Notifier({"WATCHDOG_USEC": "60000000", "WATCHDOG_PID": "1"}).watchdog_seconds is None
    assert Notifier({"WATCHDOG_USEC": "60000000"}).watchdog_seconds == 60.0


# --- MemoryDenyWriteExecute -----------------------------------------------------------------

PR_SET_MDWE = 65
PR_MDWE_REFUSE_EXEC_GAIN = 1
MDWE_LAUNCHER = f"""
import ctypes, os, sys
if ctypes.CDLL(None, use_errno=True).prctl({PR_SET_MDWE}, {PR_MDWE_REFUSE_EXEC_GAIN}, 0, 0, 0):
    sys.exit("PR_SET_MDWE failed: errno %d" % ctypes.get_errno())
os.execv(sys.argv[1], sys.argv[1:])
"""


def require_mdwe() -> None:
    """The kernel's W^X switch (Linux 6.3+), which the seccomp filter of the unit mirrors."""
    probe = subprocess.run([sys.executable, "-c", MDWE_LAUNCHER, sys.executable, "-c",
                            "import mmap; mmap.mmap(-1, 4096, prot=7)"],
                           capture_output=True, text=True, timeout=60)
    if "PR_SET_MDWE failed" in probe.stderr:
        pytest.skip("this kernel has no PR_SET_MDWE (Linux 6.3 or later)")
    # Under the switch, memory both writable and executable is refused: the switch is on.
    assert probe.returncode != 0 and "Permission denied" in probe.stderr, probe.stderr


def jpeg_and_pdf_mail() -> bytes:
    import pikepdf
    from PIL import Image

    jpeg = io.BytesIO()
    Image.new("RGB", (64, 48), "teal").save(jpeg, "JPEG")
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.docinfo["/Author"] = "Sam Peeters"
    pdf_bytes = io.BytesIO()
    pdf.save(pdf_bytes)
    msg = EmailMessage()
    msg["From"] = "sam@gezin.example"
    msg["To"] = HELPLINE
    msg["Subject"] = "Een tekening en een brief"
    msg.set_content("Hoi, ik stuur jullie een tekening en een brief.\n")
    msg.add_attachment(jpeg.getvalue(), maintype="image", subtype="jpeg", filename="t.jpg")
    msg.add_attachment(pdf_bytes.getvalue(), maintype="application", subtype="pdf",
                       filename="brief.pdf")
    return msg.as_bytes()


@pytest.mark.slow
def test_daemon_handles_images_and_pdfs_when_writable_memory_may_not_become_executable(
        make_daemon: Callable[..., Daemon], smarthost: Smarthost) -> None:
    require_mdwe()
    daemon = make_daemon()
    add_volunteers(daemon.config)
    daemon.launcher = (sys.executable, "-c", MDWE_LAUNCHER)
    daemon.start()
    daemon.send("sam@gezin.example", [HELPLINE], jpeg_and_pdf_mail())
    forward = smarthost.wait_to("vera@vrijwilligers.example")[0].message
    assert "een tekening en een brief" in forward.get_body(("plain",)).get_content()
    types = {part.get_content_type() for part in forward.iter_attachments()}
    assert {"image/jpeg", "application/pdf"} <= types, types
    assert daemon.stop() == 0
    assert "Traceback" not in daemon.log()

