"""What happens to a stored mail, one module per kind of mail.

`seeker` handles mail from help-seekers (confirm, open or continue a
conversation, forward to volunteers); `volunteer` relays a volunteer's answer.
Each handler runs inside one database transaction: the outbox rows it creates
and the inbound row's new status commit together, or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from mailhandler.config import Config
from mailhandler.store.repository import Store
from mailhandler.texts import Texts


@dataclass(frozen=True)
class Context:
    cfg: Config
    store: Store
    texts: Texts

    def local(self, utc_naive: datetime) -> datetime:
        """A stored (naive UTC) time in the helpline's zone, for Date headers."""
        return utc_naive.replace(tzinfo=UTC).astimezone(self.cfg.helpline.tz)


@dataclass(frozen=True)
class Result:
    """What became of a mail: a short code for logs and counters, and its conversation."""

    outcome: str
    pseudonym: str | None = None
    conversation_id: int | None = None
    at: datetime | None = None
    forward: bool = False  # confirmed; its forwards are the next step (runners/incoming)
