"""Group commit for the SMTP edge: mails that arrive together share one transaction.

A durable commit costs a disk flush and SQLite has one writer at a time, so mails
committed one by one, each in a thread of its own, spend their time queueing for
the lock and the disk. Here one thread commits: it takes every mail waiting,
encrypts them and writes them in one transaction, and while that is on its way to
disk the next batch gathers. Each session still gets its 250 only once the
transaction holding its mail is committed, and a 451 if that commit failed.

What is done per mail is kept to the least, since the committer and the sessions share
one interpreter: a batch's sessions are told in one call into their event loop, and
the log line and the worker's wake-up ("mail stored") come once per batch.

A big mail comes sealed in a spool file (inbound.spool); its file is removed once
the transaction is over, committed or not (after a 451 the sender sends it again).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass

from mailhandler.memory import note_mail
from mailhandler.store.repository import Envelope, Store
from mailhandler.store.sealing import SealedFile

log = logging.getLogger("mailhandler.smtp")

MAX_BATCH = 64


@dataclass(frozen=True)
class _Pending:
    raw: bytes | SealedFile
    envelope: Envelope
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[int]


def _settle(outcomes: list[tuple[asyncio.Future[int], int | None]],
            error: BaseException | None) -> None:
    """In the event loop: tell each session of a batch its mail's number, or the error."""
    for future, result in outcomes:
        if future.done():  # the session is gone (timeout, disconnect): nobody to tell
            continue
        if error is not None:
            future.set_exception(error)
        else:
            assert result is not None
            future.set_result(result)


class Committer:
    def __init__(self, store: Store, on_stored: Callable[[], None] = lambda: None) -> None:
        self._store = store
        self._on_stored = on_stored  # once per committed batch: wakes the processing
        self._queue: queue.SimpleQueue[_Pending | None] = queue.SimpleQueue()
        # Started with the first mail, from the event loop's thread: making a handler
        # (a test, check-config) starts nothing.
        self._thread: threading.Thread | None = None

    async def commit(self, raw: bytes | SealedFile, envelope: Envelope) -> int:
        """The mail's number, once it is on disk."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="committer", daemon=True)
            self._thread.start()
        loop = asyncio.get_running_loop()
        future: asyncio.Future[int] = loop.create_future()
        self._queue.put(_Pending(raw, envelope, loop, future))
        return await future

    def stop(self) -> None:
        """Commit what is queued, then end the thread."""
        if self._thread is None:
            return
        self._queue.put(None)
        self._thread.join(timeout=30)

    def _run(self) -> None:
        stopping = False
        while not stopping:
            first = self._queue.get()
            if first is None:
                return
            batch = [first]
            while len(batch) < MAX_BATCH:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stopping = True
                    break
                batch.append(more)
            self._commit(batch)
            # Let go of the mails now, not when the next one comes: on a quiet line a
            # big one would otherwise stay in memory for hours.
            first = more = None
            batch = []

    def _commit(self, batch: list[_Pending]) -> None:
        try:
            ids: list[int | None] = list(
                self._store.accept_many([(p.raw, p.envelope, "smtp") for p in batch]))
            error: Exception | None = None
        except Exception as exc:
            ids, error = [None] * len(batch), exc
        for p in batch:
            if isinstance(p.raw, SealedFile):
                p.raw.discard()
                note_mail(p.raw.size)
            else:
                note_mail(len(p.raw))  # given back by the daemon's main loop, once answered
        if error is None:
            log.info("accepted %s", ", ".join(f"mail #{inbound_id} ({_size(p.raw)} bytes)"
                                              for p, inbound_id in zip(batch, ids, strict=True)))
            self._on_stored()
        by_loop: dict[asyncio.AbstractEventLoop,
                      list[tuple[asyncio.Future[int], int | None]]] = {}
        for p, inbound_id in zip(batch, ids, strict=True):
            by_loop.setdefault(p.loop, []).append((p.future, inbound_id))
        for loop, outcomes in by_loop.items():
            # RuntimeError: the server stopped meanwhile, no session is left to answer. A
            # mail that was stored is processed; its sender, without a 250, sends it again.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_settle, outcomes, error)


def _size(raw: bytes | SealedFile) -> int:
    return raw.size if isinstance(raw, SealedFile) else len(raw)
