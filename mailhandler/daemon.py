"""`mailhandler serve`: the SMTP listener, the incoming and outgoing runners, and a clean stop.

The SMTP server runs on its own event loop (aiosmtpd's controller thread), the
incoming runner in a worker process (runners/worker.py), the outgoing runner and
the scheduler in threads. They are woken by events: a stored mail wakes the
incoming runner, a processed mail wakes the outgoing one, and both also look on
their own every few seconds, so work left by a crash or a failed delivery is
picked up. On SIGTERM or SIGINT the listener closes first, then each runner
finishes the item in hand and the process exits 0.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from types import FrameType

from mailhandler.config import Config
from mailhandler.handlers import Context
from mailhandler.inbound.imap import imap_thread
from mailhandler.inbound.smtp import quiet_aiosmtpd_logs, smtp_server
from mailhandler.jobs.scheduler import Scheduler
from mailhandler.outbound.signing import signing_transport
from mailhandler.outbound.transport import Transport, transport_for
from mailhandler.runners.outgoing import SentJournal, deliver_due, next_due, recover
from mailhandler.runners.worker import EventLike, ProcessingWorker
from mailhandler.store.db import open_database, utcnow
from mailhandler.store.repository import Store
from mailhandler.store.vault import Vault
from mailhandler.texts import MAIL_TEMPLATES, Texts

log = logging.getLogger("mailhandler.daemon")

IDLE_SECONDS = 5.0
DRAIN_SECONDS = 20.0


def open_store(cfg: Config) -> Store:
    engine = open_database(cfg.storage.database)
    store = Store(engine, Vault(cfg.storage.data_dir / "keys"), cfg.helpline.tz)
    # A database of the previous version holds usable aliases in clear: not after this.
    moved = store.retire_clear_aliases(cfg.helpline.secret)
    if moved:
        log.info("%d shared aliases of the previous version now stored as keyed hashes", moved)
    return store


def open_context(cfg: Config) -> Context:
    texts = Texts(cfg.helpline.language, cfg.helpline.templates_dir)
    texts.check(MAIL_TEMPLATES)
    return Context(cfg=cfg, store=open_store(cfg), texts=texts)


def _shared_event() -> EventLike:
    """An event the processing worker (another process) can set and wait for too."""
    return mp.get_context("spawn").Event()


@dataclass
class Daemon:
    ctx: Context
    transport: Transport
    process: bool = True
    stopping: threading.Event = field(default_factory=threading.Event)
    incoming_wake: EventLike = field(default_factory=_shared_event)
    outgoing_wake: EventLike = field(default_factory=_shared_event)
    journal: SentJournal | None = None

    def _loop(self, name: str, wake: EventLike, work: Callable[[], float]) -> None:
        while not self.stopping.is_set():
            try:
                wait = work()
            except Exception as exc:  # a runner must survive a broken database moment
                log.error("%s runner: %s, retrying", name, type(exc).__name__)
                wait = IDLE_SECONDS
            wake.wait(timeout=wait)
            wake.clear()

    def _outgoing(self) -> float:
        if deliver_due(self.ctx.store, self.transport, journal=self.journal):
            # A failed delivery may need a notice, which the incoming runner writes.
            self.incoming_wake.set()
        due = next_due(self.ctx.store)
        if due is None:
            self.transport.close()  # nothing to send: no connection kept open for nothing
            return IDLE_SECONDS
        return min(IDLE_SECONDS, max(0.05, (due - utcnow()).total_seconds()))

    def stop(self, *_: object) -> None:
        self.stopping.set()
        self.incoming_wake.set()
        self.outgoing_wake.set()

    def run(self) -> int:
        cfg = self.ctx.cfg
        server = smtp_server(cfg, self.ctx.store, self.incoming_wake.set)
        try:
            server.start()
        except OSError as exc:
            log.error("cannot listen on %s:%d: %s (is another mailhandler running?)",
                      cfg.smtp.host, cfg.smtp.port, exc.strerror or type(exc).__name__)
            return 1
        log.info("listening on %s:%d, outbound %s", cfg.smtp.host, cfg.smtp.port,
                 cfg.outbound.scheme)
        threads = []
        worker: ProcessingWorker | None = None
        if self.process:
            self.journal = SentJournal(cfg.storage.data_dir / "outbox-sent.journal")
            freed = recover(self.ctx.store, self.journal)
            if freed:
                log.info("released %d outbox item(s) a stopped process was delivering", freed)
            worker = ProcessingWorker(cfg, stored=self.incoming_wake,
                                      outbox_filled=self.outgoing_wake)
            worker.start()
            threads = [
                threading.Thread(target=self._loop, name="outgoing",
                                 args=("outgoing", self.outgoing_wake, self._outgoing)),
                threading.Thread(target=Scheduler(cfg, self.ctx.store).loop, name="scheduler",
                                 args=(self.stopping,)),
            ]
        else:
            log.warning("accept-only mode: mail is stored but neither processed nor sent")
        # IMAP fetcher (inbound/imap.py): fetching is accepting, so also in accept-only mode.
        if cfg.imap is not None:
            threads.append(imap_thread(cfg, self.ctx.store, self.incoming_wake.set, self.stopping))
        for thread in threads:
            thread.start()
        try:
            while not self.stopping.wait(timeout=1.0):
                if worker is not None:
                    worker.keep_alive()
        finally:
            log.info("stopping: no new connections, finishing work in hand")
            server.drain(grace_seconds=DRAIN_SECONDS)
            self.stop()
            if worker is not None:
                worker.stop()
            for thread in threads:
                thread.join()
            self.transport.close()
            if self.journal is not None:
                self.journal.close()
        log.info("stopped")
        return 0


def serve(cfg: Config, accept_only: bool = False) -> int:
    quiet_aiosmtpd_logs()
    cfg.storage.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    ctx = open_context(cfg)
    transport = signing_transport(cfg, transport_for(cfg.outbound,
                                                     local_hostname=cfg.smtp.hostname))
    daemon = Daemon(ctx, transport,
                    process=not accept_only)

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %d received", signum)
        daemon.stop()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    return daemon.run()
