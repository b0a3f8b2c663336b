"""Metrics in the Prometheus text format, on a loopback port: `[metrics] listen`.

The same numbers as `mailhandler status`, read at each scrape, and nothing else: counts
and ages in seconds. No pseudonym, no address, no label that could carry one (the only
labels are fixed words: a job name, an outbox kind). Loopback only, enforced by the
configuration: a monitoring agent on the host scrapes it; it is not for the network.
Off unless configured.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from prometheus_client import CollectorRegistry, make_wsgi_app
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from mailhandler.config import Config
from mailhandler.status import read_status
from mailhandler.store.db import utcnow
from mailhandler.store.repository import Store

log = logging.getLogger("mailhandler.metrics")


def _gauge(name: str, help_text: str, value: float | None) -> GaugeMetricFamily:
    family = GaugeMetricFamily(f"mailhandler_{name}", help_text)
    family.add_metric([], float("nan") if value is None else float(value))
    return family


class StatusCollector(Collector):
    """Reads the status at every scrape (a few COUNT queries, no write lock)."""

    def __init__(self, store: Store, cfg: Config) -> None:
        self.store, self.cfg = store, cfg

    def collect(self) -> Iterator[Metric]:
        now = utcnow()
        st = read_status(self.store, self.cfg, "", now=now)
        yield _gauge("inbound_to_process", "Received mails not yet processed.", st.inbound_new)
        yield _gauge("inbound_to_forward", "Processed mails whose forwards are not yet made.",
                     st.inbound_forwarding)
        yield _gauge("quarantined", "Mails in quarantine.", st.quarantined)
        yield _gauge("held_answers", "Answers held because they failed authentication.",
                     st.held_answers)
        pending = GaugeMetricFamily("mailhandler_outbox_pending",
                                    "Outgoing mails waiting for delivery.", labels=["kind"])
        pending.add_metric(["confirmation"], st.pending_confirmations)
        pending.add_metric(["other"], st.pending_other)
        yield pending
        yield _gauge("outbox_oldest_pending_seconds",
                     "Age of the oldest undelivered outgoing mail (NaN: none).",
                     st.oldest_pending_seconds)
        yield _gauge("outbox_failed_7d", "Outgoing mails that failed in the last 7 days.",
                     st.failed_recently)
        yield _gauge("outbox_bounced_7d", "Outgoing mails that bounced in the last 7 days.",
                     st.bounced_recently)
        yield _gauge("lost_notices", "Notices to the team that could not be delivered.",
                     st.lost_notices)
        yield _gauge("conversations_open", "Stored conversations.", st.conversations_open)
        yield _gauge("conversations_unanswered", "Conversations nobody has answered yet.",
                     st.conversations_unanswered)
        yield _gauge("oldest_unanswered_seconds",
                     "How long the oldest unanswered conversation has waited (NaN: none).",
                     st.oldest_unanswered_seconds)
        last = GaugeMetricFamily("mailhandler_job_last_run_age_seconds",
                                 "Seconds since the job last ran (NaN: never).", labels=["job"])
        overdue = GaugeMetricFamily("mailhandler_job_overdue", "1 when the job is overdue.",
                                    labels=["job"])
        for job in st.jobs:
            last.add_metric([job.job], _age(now, job.last_run))
            overdue.add_metric([job.job], 1.0 if job.overdue else 0.0)
        yield last
        yield overdue
        yield _gauge("keys_live", "Encryption keys in use.", st.live_keys)
        yield _gauge("keys_missing", "Keys recorded as live whose file is gone.",
                     st.missing_keys)


def _age(now: datetime, at: datetime | None) -> float:
    return float("nan") if at is None else max(0.0, (now - at).total_seconds())


METRICS_PATH = "/metrics"

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def only_metrics_path(app: WsgiApp) -> WsgiApp:
    """Answer /metrics and nothing else: 404 on every other path, so a mistyped scrape
    target shows as down instead of scraping the same numbers under a wrong name, and
    the port does not look like a general web server to whoever probes it."""
    def guarded(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO", "") != METRICS_PATH:
            start_response("404 Not Found", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"not found\n"]
        return app(environ, start_response)
    return guarded


class _QuietHandler(WSGIRequestHandler):
    """wsgiref logs every request with the client's address to stderr: nothing here
    may write an IP address anywhere, so it logs nothing."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
        pass


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    # A slow scraper must not hold the daemon's shutdown.
    daemon_threads = True


class MetricsServer:
    """The HTTP endpoint, in a thread of its own; stop() closes it."""

    def __init__(self, server: WSGIServer, thread: threading.Thread) -> None:
        self.server, self.thread = server, thread

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def start_metrics(cfg: Config, store: Store) -> MetricsServer | None:
    """Serve the metrics when `[metrics] listen` is set; None when off. OSError if the
    port cannot be bound (the caller says so and stops: a promised endpoint that is
    silently missing would leave monitoring blind)."""
    if cfg.metrics_listen is None:
        return None
    host, port = cfg.metrics_listen
    registry = CollectorRegistry(auto_describe=False)
    registry.register(StatusCollector(store, cfg))
    server_class: type[WSGIServer] = _ThreadingServer
    if ":" in host:
        server_class = type("_ThreadingServer6", (_ThreadingServer,),
                            {"address_family": socket.AF_INET6})
    server = make_server(host, port, only_metrics_path(make_wsgi_app(registry)),
                         server_class=server_class, handler_class=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, name="metrics", daemon=True)
    thread.start()
    log.info("metrics on http://%s:%d/metrics", host if ":" not in host else f"[{host}]", port)
    return MetricsServer(server, thread)
