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
import time
from collections import Counter, OrderedDict, deque
from collections.abc import Callable

MAX_TRACKED_SENDERS = 50_000


class ClientLimits:
    def __init__(self, max_connections_per_client: int, max_messages_per_sender: int,
                 window_seconds: float = 3600.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_connections = max_connections_per_client
        self.max_messages = max_messages_per_sender
        self.window = window_seconds
        self.clock = clock
        self._connections: Counter[str] = Counter()
        self._recent: OrderedDict[str, deque[float]] = OrderedDict()
        self._key = os.urandom(32)

    def connect(self, client: str) -> bool:
        """Count a new connection; False when the client already has too many."""
        self._connections[client] += 1
        return self._connections[client] <= self.max_connections

    def disconnect(self, client: str) -> None:
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
