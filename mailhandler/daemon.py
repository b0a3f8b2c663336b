"""`mailhandler serve`: the SMTP listener, the incoming and outgoing runners, and a clean stop.

The SMTP server runs on its own event loop (aiosmtpd's controller thread), the
incoming runner in a worker process (throughput/worker.py), the outgoing runner and
the scheduler in threads. They are woken by events: a stored mail wakes the
incoming runner, a processed mail wakes the outgoing one, and both also look on
their own every few seconds, so work left by a crash or a failed delivery is
picked up. On SIGTERM or SIGINT the listener closes first, then each runner
finishes the item in hand and the process exits 0. SIGHUP is logged and ignored.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from dataclasses import dataclass, field
from types import FrameType

from mailhandler.config import Config
from mailhandler.context import open_context
from mailhandler.handlers import Context
from mailhandler.inbound.imap import imap_thread
from mailhandler.inbound.smtp import HelplineController, smtp_server
from mailhandler.jobs.scheduler import Scheduler
from mailhandler.logs import quiet_aiosmtpd_logs
from mailhandler.memory import give_back_if_big_mail_seen, return_big_buffers_at_once
from mailhandler.notify import Notifier
from mailhandler.outbound.signing import signing_transport
from mailhandler.outbound.transport import Transport, transport_for
from mailhandler.runners.outgoing import (
    CONFIRMATIONS,
    OTHERS,
    Lane,
    SentJournal,
    recover,
    replay,
)
from mailhandler.throughput.wakeup import Wakeup, WakeupGroup
from mailhandler.throughput.worker import ProcessingWorker

# The composition root (mailhandler/context.py) opens the store; these names stay here
# for the commands that open it through the daemon module.
__all__ = ["Daemon", "serve"]

log = logging.getLogger("mailhandler.daemon")

DRAIN_SECONDS = 20.0
# The SMTP listener must answer a ping from its event loop within this long; one that
# does not is stuck for good, and a process that stays up stuck is never restarted.
STUCK_SECONDS = 60.0
# A stop that takes longer than this is stuck too: everything acknowledged is on disk,
# so ending the process hard loses nothing, and the service manager sees the failure.
STOP_DEADLINE_SECONDS = DRAIN_SECONDS + 100.0
EXIT_STUCK = 1


def _hard_exit(why: str) -> None:
    log.error("%s; exiting so that the service manager restarts the daemon", why)
    logging.shutdown()
    os._exit(EXIT_STUCK)


def _answers(server: HelplineController, timeout: float) -> bool:
    """Whether the SMTP listener's event loop runs a callback within `timeout` seconds."""
    done = threading.Event()
    try:
        server.loop.call_soon_threadsafe(done.set)
    except RuntimeError:  # the loop is closed
        return False
    return done.wait(timeout)


@dataclass
class Daemon:
    ctx: Context
    transport: Transport
    process: bool = True
    # Confirmations go out on a connection of their own (None: the one transport for all).
    confirmation_transport: Transport | None = None
    stopping: threading.Event = field(default_factory=threading.Event)
    # One pipe per processing worker (`[processing] workers`), all set at once.
    incoming_wake: WakeupGroup = field(default_factory=WakeupGroup)
    outgoing_wake: Wakeup = field(default_factory=Wakeup)
    # The forwards' lane wakes with the confirmations' one (the worker sets one event).
    others_wake: threading.Event = field(default_factory=threading.Event)
    # Set by a lane that could not reach the smarthost; the next success ends the backoffs.
    outage: threading.Event = field(default_factory=threading.Event)
    journal: SentJournal | None = None
    confirmation_journal: SentJournal | None = None
    # systemd's notify socket (Type=notify, WatchdogSec=); silent unless serve() passes one.
    notifier: Notifier = field(default_factory=lambda: Notifier({}))

    def _lanes(self) -> list[Lane]:
        """The outgoing runner's lanes: one for everything, or confirmations on their own."""
        store, delivered = self.ctx.store, self.incoming_wake.set
        if self.confirmation_transport is None:
            return [Lane("outgoing", store, self.transport, None, self.journal,
                         self.outgoing_wake, self.outage, delivered)]
        return [Lane("confirmations", store, self.confirmation_transport, CONFIRMATIONS,
                     self.confirmation_journal, self.outgoing_wake, self.outage, delivered,
                     before=self.others_wake.set),  # the forwards' lane wakes with it
                Lane("outgoing", store, self.transport, OTHERS, self.journal,
                     self.others_wake, self.outage, delivered)]

    def stop(self, *_: object) -> None:
        self.stopping.set()
        self.incoming_wake.set()
        self.outgoing_wake.set()
        self.others_wake.set()

    def __post_init__(self) -> None:
        if len(self.incoming_wake.members) != self.ctx.cfg.workers:
            self.incoming_wake = WakeupGroup(self.ctx.cfg.workers)

    def run(self) -> int:
        cfg = self.ctx.cfg
        server = smtp_server(cfg, self.ctx.store, self.incoming_wake.set)
        try:
            server.start()
        except OSError as exc:
            log.error("cannot listen on %s:%d: %s (is another mailhandler running?)",
                      cfg.smtp.host, cfg.smtp.port, exc.strerror or type(exc).__name__)
            # aiosmtpd leaves the loop of a server that never started open; closed at exit,
            # in whatever order, it would print a traceback after the one-line error.
            server.loop.close()
            return 1
        log.info("listening on %s:%d, outbound %s", cfg.smtp.host, cfg.smtp.port,
                 cfg.outbound.scheme)
        threads = []
        worker: ProcessingWorker | None = None
        if self.process:
            self.journal = SentJournal(cfg.storage.data_dir / "outbox-sent.journal")
            # Each lane its own journal: one lane emptying a shared one after its batch
            # would erase what the other recorded and has not marked yet.
            self.confirmation_journal = SentJournal(
                cfg.storage.data_dir / "outbox-sent-confirmations.journal")
            replay(self.ctx.store, self.confirmation_journal)
            freed = recover(self.ctx.store, self.journal)
            if freed:
                log.info("released %d outbox item(s) a stopped process was delivering", freed)
            worker = ProcessingWorker(cfg, stored=self.incoming_wake,
                                      outbox_filled=self.outgoing_wake)
            worker.start()
            threads = [
                *(threading.Thread(target=lane.run, name=lane.name, args=(self.stopping,))
                  for lane in self._lanes()),
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
        # Ready only now: the listener accepts, and the runners are started.
        self.notifier.ready(f"listening on {cfg.smtp.host}:{cfg.smtp.port}"
                            + ("" if self.process else ", accept-only"))
        try:
            self._watch(server, worker)
        finally:
            self.notifier.stopping("stopping: finishing the work in hand")
            deadline = threading.Timer(STOP_DEADLINE_SECONDS, _hard_exit,
                                       args=("the stop did not finish in time",))
            deadline.daemon = True
            deadline.start()
            log.info("stopping: no new connections, finishing work in hand")
            server.drain(grace_seconds=DRAIN_SECONDS)
            self.stop()
            if worker is not None:
                worker.stop()
            for thread in threads:
                thread.join()
            self.transport.close()
            if self.confirmation_transport is not None:
                self.confirmation_transport.close()
            for journal in (self.journal, self.confirmation_journal):
                if journal is not None:
                    journal.close()
        deadline.cancel()
        log.info("stopped")
        return 0

    def _watch(self, server: HelplineController, worker: ProcessingWorker | None) -> None:
        """Until stopped: replace a dead worker, and give up when the listener is stuck."""
        silent_since: float | None = None
        # The watchdog is fed at half its interval, and only while the listener answers:
        # a daemon whose listener is stuck goes silent, and systemd kills and restarts it.
        interval = self.notifier.watchdog_seconds
        fed_at = float("-inf")
        while not self.stopping.wait(timeout=1.0):
            if worker is not None:
                worker.keep_alive()
            # A big mail accepted in the last seconds: its 250 is said, its buffers are
            # free, and glibc would keep them (memory.py).
            give_back_if_big_mail_seen()
            if _answers(server, timeout=5.0):
                silent_since = None
                if interval is not None and time.monotonic() - fed_at >= interval / 2:
                    self.notifier.watchdog()
                    fed_at = time.monotonic()
                continue
            silent_since = silent_since or time.monotonic()
            if time.monotonic() - silent_since > STUCK_SECONDS:
                _hard_exit("the SMTP listener has not answered for a minute")


def serve(cfg: Config, accept_only: bool = False) -> int:
    return_big_buffers_at_once()
    quiet_aiosmtpd_logs()
    notifier = Notifier()
    # The worker process and anything else started from here must not speak for the service.
    for name in ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID"):
        os.environ.pop(name, None)
    cfg.storage.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    ctx = open_context(cfg)
    transport = signing_transport(cfg, transport_for(cfg.outbound,
                                                     local_hostname=cfg.smtp.hostname))
    confirmations = signing_transport(cfg, transport_for(cfg.outbound,
                                                         local_hostname=cfg.smtp.hostname))
    daemon = Daemon(ctx, transport, process=not accept_only,
                    confirmation_transport=confirmations, notifier=notifier)

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %d received", signum)
        daemon.stop()

    def on_hangup(_signum: int, _frame: FrameType | None) -> None:
        # SIGHUP's default is to end the process, without a word in the log. Reloading
        # the configuration while mail is in hand would be a new way to lose some; a
        # restart (SIGTERM, then start) is the tested way, so it is what we ask for.
        log.warning("SIGHUP: ignored; restart the service to reload the configuration")

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGHUP, on_hangup)
    from mailhandler.metrics import start_metrics

    try:
        metrics = start_metrics(cfg, ctx.store)  # None unless [metrics] listen is set
    except OSError as exc:
        log.error("cannot serve metrics on metrics.listen: %s",
                  exc.strerror or type(exc).__name__)
        return 1
    try:
        return daemon.run()
    finally:
        if metrics is not None:
            metrics.stop()
