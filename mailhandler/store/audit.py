"""The audit log's rows written by the admin commands (an exception, an assignment).

In the caller's transaction, so that what is audited and its row commit together or not
at all. The row names a pseudonym and a nickname, never an address (models.AuditEntry).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from mailhandler.store.models import AuditEntry


def record(s: Session, at: datetime, operator: str, action: str, conversation: str | None,
           reason: str | None) -> None:
    """Add one row to the audit log, committed with the rest of `s`'s transaction."""
    s.add(AuditEntry(at=at, operator=operator, action=action, conversation=conversation,
                     reason=reason))
