"""What coordinators may read: stored conversations and quarantined mail, within retention.

Reading happens on the server, through the `mailhandler transcript`, `reveal`,
`fragment` and `quarantine` commands; there is no other way in. Every read of
content is first written to the audit log (operator, conversation, reason), in the
same transaction. Everything shown here disappears with the purge and the wipe,
because it is read from the same encrypted rows; the audit log stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mailhandler.admin.reasons import reason_problem
from mailhandler.core.message import addresses, body_text, header, parse
from mailhandler.store import transcripts as stored
from mailhandler.store.models import AuditEntry
from mailhandler.store.repository import Store
from mailhandler.store.transcripts import ConversationLine, ReasonRequired

__all__ = ["ConversationLine", "Entry", "Read", "ReasonRequired", "audit_log", "conversations",
           "fragment", "quarantined", "quarantined_raw", "retry_quarantined", "reveal",
           "transcript"]


@dataclass(frozen=True)
class Entry:
    at: datetime
    direction: str  # "in" or "out"
    kind: str
    headline: str
    text: str
    headers: str  # the header block as stored: what volunteers never see
    seeker_mail: bool = False  # in: the help-seeker's own mail (a fragment shows it)


@dataclass(frozen=True)
class Read:
    """Who is reading, and why. Every read of content is written to the audit log first."""

    operator: str
    reason: str | None = None

    def audit(self, action: str) -> stored.Audit:
        """The audit entry of this read; refused without a real reason (admin/reasons.py):
        the one rule for every read."""
        return stored.Audit(self.operator, action, self.reason, reason_problem(self.reason))


def conversations(store: Store) -> list[ConversationLine]:
    return stored.conversations(store)


def _describe(raw: bytes) -> tuple[str, str, str]:
    headers = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    headers_text = headers.decode("utf-8", "replace").replace("\r\n", "\n")
    try:
        message = parse(raw)
    except Exception:
        return "(unreadable mail)", "", headers_text
    sender = addresses(message, "From")
    who = sender[0][1] if sender else "?"
    return f"From {who}: {header(message, 'Subject')}", body_text(message), headers_text


def _entries(mails: list[stored.MailIn | stored.MailOut]) -> list[Entry]:
    entries: list[Entry] = []
    for mail in mails:
        if isinstance(mail, stored.MailIn):
            entries.append(Entry(mail.at, "in", mail.outcome, *_describe(mail.raw),
                                 seeker_mail=mail.seeker_mail))
            continue
        headline, text, headers = _describe(mail.data)
        entries.append(Entry(mail.at, "out", f"{mail.kind} ({mail.status})",
                             f"To {mail.rcpt}: {headline.split(': ', 1)[-1]}", text, headers))
    return sorted(entries, key=lambda e: e.at)


def _read(store: Store, pseudonym: str, read: Read, action: str) -> list[Entry] | None:
    mails = stored.conversation_mails(store, pseudonym, read.audit(action))
    return _entries(mails) if mails is not None else None


def transcript(store: Store, pseudonym: str, read: Read) -> list[Entry] | None:
    """The conversation in order, mails in and out, with their original headers.

    None if there is no such conversation (never, or no longer: purged or wiped).
    """
    return _read(store, pseudonym, read, "transcript")


def reveal(store: Store, pseudonym: str, read: Read) -> str | None:
    """The help-seeker's real address, for the duty to report. Refused without a reason."""
    return stored.seeker_address(store, pseudonym, read.audit("reveal"))


def fragment(store: Store, pseudonym: str, read: Read) -> list[tuple[str, str]] | None:
    """The conversation's messages as (who, text), redacted, in order; quotes left out.

    The help-seeker's own mails (a recorded fact, store/inbox) and the volunteers' answers
    as they were relayed: a training fragment is the conversation, not the confirmations,
    copies, reports and held mail around it."""
    from mailhandler.core.redact import redact

    entries = _read(store, pseudonym, read, "fragment")
    if entries is None:
        return None
    messages = []
    for entry in entries:
        if entry.direction == "in" and entry.seeker_mail:
            who = "help-seeker"
        elif entry.direction == "out" and entry.kind.startswith("reply"):
            who = "volunteer"
        else:
            continue
        own_words = "\n".join(line for line in entry.text.strip().splitlines()
                              if not line.lstrip().startswith(">"))
        messages.append((who, redact(own_words.strip())))
    return messages


def audit_log(store: Store) -> list[AuditEntry]:
    return stored.audit_log(store)


def quarantined(store: Store) -> list[tuple[int, datetime, int, str]]:
    return stored.quarantined(store)


def quarantined_raw(store: Store, inbound_id: int, read: Read) -> bytes | None:
    """A quarantined mail exactly as received: a read of content, so audited too."""
    return stored.quarantined_raw(store, inbound_id, read.audit("quarantine"))


def retry_quarantined(store: Store, inbound_id: int) -> bool:
    """Put a quarantined mail back in line, after a fix, with a fresh count of attempts."""
    return stored.retry_quarantined(store, inbound_id)


def discard_quarantined(store: Store, inbound_id: int, read: Read) -> bool:
    """Delete a quarantined mail for good, on the audit log with the reason."""
    return stored.discard_quarantined(store, inbound_id, read.audit("discard"))
