"""Limits that keep one client or one sender from taking the helpline's intake for itself.

A helpline's address is public: spam waves and mail bombs come. Both limits
answer with a temporary 4xx, so a legitimate server that hits them only waits
and retries; nothing is lost. State is in memory and bounded: counts per client
address while connected, and per sender a sliding window of recent message
times, keyed by a hash under a per-process random key (no address is kept).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import resource
import time
from collections import Counter, OrderedDict, deque
from collections.abc import Callable

MAX_TRACKED_SENDERS = 50_000
TOO_MANY_FROM_CLIENT = "421 4.7.0 Too many connections from your address, try later"
TOO_MANY_AT_ONCE = "421 4.3.2 Too many connections at once, try later"


def connection_budget() -> int:
    """How many SMTP connections may be open at once: below the descriptor limit.

    Every connection holds a descriptor. At the limit, accept() fails in a tight loop and
    no new client, a young person's MTA included, is taken until idle ones time out
    (tried from outside: ~1,000 idle connections from 55 addresses shut intake for a
    minute). So the soft limit is raised to the hard one, and a quarter of it (at most
    256) is kept for the database, the worker, DNS and outgoing mail; beyond the budget
    a client is answered 421 at once and tries again later, as MTAs do.
    """
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = max(soft, 65536) if hard == resource.RLIM_INFINITY else hard
    if wanted > soft:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
            soft = wanted
        except (ValueError, OSError):
            pass
    return max(1, soft - min(256, soft // 4))


class ClientLimits:
    def __init__(self, max_connections_per_client: int, max_messages_per_sender: int,
                 window_seconds: float = 3600.0,
                 clock: Callable[[], float] = time.monotonic,
                 max_connections_in_all: int | None = None) -> None:
        self.max_connections = max_connections_per_client
        self.max_in_all = max_connections_in_all
        self._in_all = 0
        self.max_messages = max_messages_per_sender
        self.window = window_seconds
        self.clock = clock
        self._connections: Counter[str] = Counter()
        self._recent: OrderedDict[str, deque[float]] = OrderedDict()
        self._key = os.urandom(32)

    def connect(self, client: str) -> str | None:
        """Count a new connection; the 421 reply when it must be refused, else None."""
        self._connections[client] += 1
        self._in_all += 1
        if self.max_in_all is not None and self._in_all > self.max_in_all:
            return TOO_MANY_AT_ONCE
        if self._connections[client] > self.max_connections:
            return TOO_MANY_FROM_CLIENT
        return None

    def disconnect(self, client: str) -> None:
        self._in_all -= 1
        self._connections[client] -= 1
        if self._connections[client] <= 0:
            del self._connections[client]

    def allow_message(self, sender: str) -> bool:
        """Whether this sender may start another message now; counts it if so."""
        key = hmac.new(self._key, sender.lower().encode(), hashlib.sha256).hexdigest()[:32]
        now = self.clock()
        recent = self._recent.pop(key, None) or deque()
        while recent and now - recent[0] > self.window:
            recent.popleft()
        allowed = len(recent) < self.max_messages
        if allowed:
            recent.append(now)
        self._recent[key] = recent  # most recently seen last
        while len(self._recent) > MAX_TRACKED_SENDERS:
            self._recent.popitem(last=False)
        return allowed
