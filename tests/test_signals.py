"""Signals to the running daemon: SIGHUP is answered in the log, not with a silent death."""

from __future__ import annotations

import signal

import pytest

from tests.conftest import HELPLINE, Daemon, Smarthost, fixture_bytes, wait_for

# Every test here starts a real daemon or server process.
pytestmark = pytest.mark.slow

SEEKER = "sam.peeters@gezin-peeters.example"


def test_sighup_is_logged_and_the_daemon_goes_on_serving(daemon: Daemon,
                                                         smarthost: Smarthost) -> None:
    assert daemon.proc is not None
    daemon.proc.send_signal(signal.SIGHUP)
    wait_for(lambda: "SIGHUP: ignored; restart the service to reload the configuration"
             in daemon.log(), 10, "the SIGHUP line")
    assert daemon.proc.poll() is None
    daemon.send(SEEKER, [HELPLINE], fixture_bytes("spine/seeker_gmail.eml"))
    smarthost.wait_to(SEEKER)
    assert daemon.stop() == 0
