"""What happens to a stored mail, one module per kind of mail.

`seeker` decides about mail from help-seekers (confirm, open or continue a
conversation, forward to volunteers); `volunteer` about a volunteer's answer.
The deciding functions are pure: from the mail, parsed once (`parsed`), and a
read-only snapshot of the state it concerns, to a `Decision` (`decision`). The
incoming runner reads the snapshot, decides with no lock held, and has the store
apply the decision in one short transaction, guarded by the snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from mailhandler.config import Config
from mailhandler.store.repository import Store
from mailhandler.texts import Texts


@dataclass(frozen=True)
class Settings:
    """What a decision may consult besides the mail and its snapshot: nothing that writes."""

    cfg: Config
    texts: Texts

    def local(self, utc_naive: datetime) -> datetime:
        """A stored (naive UTC) time in the helpline's zone, for Date headers."""
        return utc_naive.replace(tzinfo=UTC).astimezone(self.cfg.helpline.tz)


@dataclass(frozen=True)
class Context:
    cfg: Config
    store: Store
    texts: Texts

    def local(self, utc_naive: datetime) -> datetime:
        """A stored (naive UTC) time in the helpline's zone, for Date headers."""
        return utc_naive.replace(tzinfo=UTC).astimezone(self.cfg.helpline.tz)

    @property
    def settings(self) -> Settings:
        return Settings(self.cfg, self.texts)


@dataclass(frozen=True)
class Result:
    """What became of a mail: a short code for logs and counters, and its conversation."""

    outcome: str
    pseudonym: str | None = None
    conversation_id: int | None = None
    at: datetime | None = None
    forward: bool = False  # confirmed; its forwards are the next step (runners/incoming)
