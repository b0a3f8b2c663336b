"""`[metrics] listen`: the Prometheus text format from the real daemon, counts and ages only.

Scraped over real HTTP on loopback from a running daemon that has just handled a
help-seeker's mail; parsed with the Prometheus client's own parser.
"""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Callable

import pytest
from prometheus_client.parser import text_string_to_metric_families

from mailhandler.config import ConfigError, parse_config
from mailhandler.metrics import _QuietHandler, _ThreadingServer, only_metrics_path
from tests.conftest import Daemon, Smarthost, add_volunteers, free_port, wait_for
from tests.test_spine import SEEKER, first_mail
from tests.test_status import _assert_nothing_of_the_seeker


def _scrape(port: int) -> tuple[str, dict[tuple[str, tuple[tuple[str, str], ...]], float]]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        text = response.read().decode()
    values = {(sample.name, tuple(sorted(sample.labels.items()))): sample.value
              for family in text_string_to_metric_families(text) for sample in family.samples}
    return text, values


@pytest.mark.slow
def test_the_daemon_serves_counts_and_ages_and_nothing_personal(
        make_daemon: Callable[..., Daemon], smarthost: Smarthost) -> None:
    port = free_port()
    daemon = make_daemon(extra_config=f'[metrics]\nlisten = "127.0.0.1:{port}"\n')
    add_volunteers(daemon.config)
    daemon.start()
    _, forward = first_mail(daemon, smarthost)

    def settled() -> bool:
        return _scrape(port)[1].get(("mailhandler_conversations_open", ())) == 1.0

    wait_for(settled, timeout=30)
    text, values = _scrape(port)
    assert values[("mailhandler_conversations_unanswered", ())] == 1.0
    assert values[("mailhandler_oldest_unanswered_seconds", ())] >= 0
    assert values[("mailhandler_quarantined", ())] == 0.0
    assert values[("mailhandler_outbox_pending", (("kind", "confirmation"),))] == 0.0
    assert ("mailhandler_job_overdue", (("job", "wipe"),)) in values
    assert values[("mailhandler_keys_missing", ())] == 0.0
    pseudonym = forward.message["Subject"].split("]")[0].strip("[")
    assert pseudonym not in text and "@" not in text
    _assert_nothing_of_the_seeker(text)
    assert SEEKER not in text
    for other in ("/", "/metricsx", "/metrics/", "/favicon.ico"):
        assert _status(port, other) == 404
    assert daemon.stop() == 0


def _status(port: int, path: str) -> int:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


def test_only_the_metrics_path_answers_and_no_request_is_logged(
        capfd: pytest.CaptureFixture[str]) -> None:
    def numbers(environ: object, start_response: Callable[..., object]) -> list[bytes]:
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"up 1\n"]

    from wsgiref.simple_server import make_server
    server = make_server("127.0.0.1", 0, only_metrics_path(numbers),
                         server_class=_ThreadingServer, handler_class=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        assert _status(port, "/metrics") == 200
        assert [_status(port, path) for path in ("/", "/admin", "/metrics/../x")] == [404] * 3
    finally:
        server.shutdown()
        server.server_close()
    captured = capfd.readouterr()
    assert "127.0.0.1" not in captured.err + captured.out


@pytest.mark.parametrize("listen", ["0.0.0.0:9310", "192.0.2.1:9310", "[::]:9310",
                                    "metrics.example:9310", "127.0.0.1"])
def test_metrics_off_loopback_are_a_config_error(listen: str) -> None:
    base = {"helpline": {"name": "Lumi", "address": "hulp@lumi.example",
                         "privacy_address": "privacy@lumi.example", "domain": "lumi.example",
                         "secret": "0123456789abcdef0123"}}
    with pytest.raises(ConfigError, match="metrics.listen"):
        parse_config({**base, "metrics": {"listen": listen}}, "test.toml")
    assert parse_config({**base, "metrics": {"listen": "[::1]:9310"}},
                        "test.toml").metrics_listen == ("::1", 9310)
