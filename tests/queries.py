"""Named reads of the stored state, for tests: no SQL text in the test files (issue 15).

A test names what it looks at (`inbox_states(daemon)`, `unsent(daemon)`) and the query is
written once, here, over the store's own models, so a renamed column or state breaks
this file and not twenty tests. Read-only and plain: a bare engine on the file, never
store.db.open_database, which would make or upgrade the schema under a running daemon.

`db` is a running test daemon (its database in <config folder>/var), the path of a
SQLite file, a database URL, or a Store or Engine already open (a test's in-process one).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, MetaData, Table, create_engine, func, inspect, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from mailhandler.core.decision import InboxState
from mailhandler.store.models import (
    Alias,
    AuditEntry,
    Base,
    ConfirmationMemo,
    Contact,
    Conversation,
    EncryptionKey,
    FetchedMessage,
    InboundMail,
    InboundRaw,
    JobRun,
    MessageLink,
    OutboxItem,
    OutboxMessage,
    Volunteer,
)

# Still being worked on by the daemon: the other states are where a mail ends.
UNFINISHED = (InboxState.NEW, InboxState.FORWARDING)


def database_file(db: Any) -> Path:
    """The SQLite file of a test daemon (or the path itself)."""
    config = getattr(db, "config", None)
    return Path(config).parent / "var" / "mailhandler.db" if config is not None else Path(db)


@contextmanager
def _engine(db: Any) -> Iterator[Engine]:
    """An engine on `db`; disposed afterwards when it was made here."""
    given = db if isinstance(db, Engine) else getattr(db, "engine", None)
    if isinstance(given, Engine):
        yield given
        return
    if isinstance(db, str) and "://" in db:
        engine = create_engine(db)
    else:  # a daemon may hold the write lock for a while (a test's fault, a long commit)
        engine = create_engine(f"sqlite:///{database_file(db)}", connect_args={"timeout": 30})
    try:
        yield engine
    finally:
        engine.dispose()


@contextmanager
def reading(db: Any) -> Iterator[Session]:
    """A session on `db` for reads, closed afterwards."""
    with _engine(db) as engine, Session(engine) as s:
        yield s


@contextmanager
def writing(db: Any) -> Iterator[Session]:
    """A session for a test's own setup (a date moved back), committed at the end. For
    what the store would refuse to write, or write otherwise, on purpose."""
    with _engine(db) as engine, Session(engine) as s, s.begin():
        yield s


def columns(db: Any, table: str) -> set[str]:
    """The columns `table` has in the database (not in the models): an upgrade's result."""
    with _engine(db) as engine:
        return {column["name"] for column in inspect(engine).get_columns(table)}


def count(db: Any, model: type[Base], *where: Any) -> int:
    """How many rows of `model`'s table (that match `where`)."""
    with reading(db) as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def table_rows(db: Any, table: str) -> int:
    """How many rows the table named `table` has (one of ours, or Alembic's)."""
    with _engine(db) as engine, engine.connect() as conn:
        reflected = Table(table, MetaData(), autoload_with=conn)
        return int(conn.scalar(select(func.count()).select_from(reflected)) or 0)


def count_if_there(db: Any, model: type[Base], *where: Any) -> int:
    """count(), or 0 while the daemon has not made the database or its tables yet."""
    try:
        return count(db, model, *where)
    except OperationalError:
        return 0


# --- inbound: the mails received ---------------------------------------------------------


@dataclass(frozen=True)
class Inbound:
    id: int
    status: str
    outcome: str | None
    attempts: int
    source: str
    size: int
    key_id: int
    raw_enc: bytes | None  # the mail as stored (its row of inbound_raw), None if none
    conversation_id: int | None


def inbox(db: Any) -> list[Inbound]:
    """Every stored mail, by number."""
    with reading(db) as s:
        rows = s.execute(select(InboundMail, InboundRaw.raw_enc)
                         .outerjoin(InboundRaw, InboundRaw.inbound_id == InboundMail.id)
                         .order_by(InboundMail.id))
        return [Inbound(m.id, m.status, m.outcome, m.attempts, m.source, m.size, m.key_id,
                        raw_enc, m.conversation_id)
                for m, raw_enc in rows]


def stored_mails(db: Any) -> int:
    """How many mails' bytes are stored (rows of inbound_raw)."""
    return count(db, InboundRaw)


def outgoing_mails(db: Any) -> int:
    """How many outgoing mails' bytes are stored (rows of outbox_messages)."""
    return count(db, OutboxMessage)


def inbox_state(db: Any, number: int) -> str:
    """The state of stored mail number `number`."""
    with reading(db) as s:
        return str(s.scalar(select(InboundMail.status).where(InboundMail.id == number)))


def inbox_outcomes(db: Any) -> list[str]:
    """The outcomes so far, by number (mails not yet processed have none)."""
    return [m.outcome for m in inbox(db) if m.outcome is not None]


def inbox_count(db: Any, *states: str) -> int:
    """How many mails are stored (in one of `states`, when given)."""
    return count(db, InboundMail, *([InboundMail.status.in_(states)] if states else []))


def unfinished(db: Any) -> int:
    """Mails still to be processed or forwarded."""
    return inbox_count(db, *UNFINISHED)


def finished(db: Any) -> int:
    """Mails whose processing ended (done, quarantined ...)."""
    return count(db, InboundMail, InboundMail.status.not_in(UNFINISHED))


# --- outbound: the outbox ----------------------------------------------------------------


@dataclass(frozen=True)
class Outbound:
    id: int
    kind: str
    status: str
    attempts: int
    last_error: str | None
    message_id: str | None
    conversation_id: int | None


def outbox(db: Any) -> list[Outbound]:
    with reading(db) as s:
        return [Outbound(o.id, o.kind, o.status, o.attempts, o.last_error, o.message_id,
                         o.conversation_id)
                for o in s.scalars(select(OutboxItem).order_by(OutboxItem.id))]


def outbox_count(db: Any, *states: str) -> int:
    """How many outgoing mails there are (in one of `states`, when given)."""
    return count(db, OutboxItem, *([OutboxItem.status.in_(states)] if states else []))


def unsent(db: Any) -> int:
    """Outgoing mails not (yet) sent: pending, failed, bounced."""
    return count(db, OutboxItem, OutboxItem.status != "sent")


def tried(db: Any, kind: str | None = None) -> int:
    """Outgoing mails (of `kind`) tried at least once."""
    return count(db, OutboxItem, OutboxItem.attempts >= 1,
                 *([OutboxItem.kind == kind] if kind else []))


# --- conversations, the team, the metadata --------------------------------------------------


@dataclass(frozen=True)
class Conv:
    id: int
    pseudonym: str
    token: str | None
    seeker_hash: str
    urgent: bool
    owner_id: int | None
    owner: str | None  # the owner's nickname
    themes: str | None  # of its contact row


def conversations(db: Any) -> list[Conv]:
    """Every conversation, by number, with its owner's nickname and its contact's themes."""
    with reading(db) as s:
        rows = s.execute(
            select(Conversation, Volunteer.nickname, Contact.themes)
            .outerjoin(Volunteer, Volunteer.id == Conversation.owner_id)
            .outerjoin(Contact, Contact.id == Conversation.contact_id)
            .order_by(Conversation.id)).all()
        return [Conv(c.id, c.pseudonym, c.token, c.seeker_hash, c.urgent, c.owner_id,
                     nickname, themes) for c, nickname, themes in rows]


def conversation(db: Any, pseudonym: str) -> Conv:
    [found] = [c for c in conversations(db) if c.pseudonym == pseudonym]
    return found


@dataclass(frozen=True)
class ContactRow:
    channel: str
    day: date
    language: str
    themes: str
    messages_in: int
    messages_out: int
    first_answer: str | None
    closed: bool


def contacts(db: Any) -> list[ContactRow]:
    """The anonymous metadata, one row per contact, by number."""
    with reading(db) as s:
        return [ContactRow(k.channel, k.day, k.language, k.themes, k.messages_in,
                           k.messages_out, k.first_answer, k.closed)
                for k in s.scalars(select(Contact).order_by(Contact.id))]


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    operator: str
    action: str
    conversation: str | None
    reason: str | None


def audit_rows(db: Any) -> list[AuditRow]:
    with reading(db) as s:
        return [AuditRow(e.id, e.at, e.operator, e.action, e.conversation, e.reason)
                for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def job_runs(db: Any, job: str) -> int:
    """How often `job` (install, purge, wipe) was recorded as run."""
    return count(db, JobRun, JobRun.job == job)


def volunteer_on_duty(db: Any, address: str) -> bool | None:
    """The volunteer's pinned duty (None: the roster decides)."""
    with reading(db) as s:
        return s.scalar(select(Volunteer.on_duty).where(Volunteer.address == address))


def ended_aliases(db: Any) -> int:
    return count(db, Alias, Alias.revoked_at.is_not(None))


def shared_aliases(db: Any) -> int:
    """Aliases of the previous version's kind: the whole team's, no volunteer's."""
    return count(db, Alias, Alias.volunteer_id.is_(None))


def sender_hashes(db: Any) -> list[str]:
    """The keyed hashes the confirmation rate limit remembers senders by."""
    with reading(db) as s:
        return list(s.scalars(select(ConfirmationMemo.sender_hash)))


def fetched_mailboxes(db: Any) -> set[str]:
    """The IMAP mailboxes (user@host/folder) mail was fetched from."""
    with reading(db) as s:
        return set(s.scalars(select(FetchedMessage.mailbox)))


def our_message_ids(db: Any) -> list[str]:
    with reading(db) as s:
        return list(s.scalars(select(MessageLink.our_message_id)))


def key_ids(db: Any) -> list[int]:
    """The encryption keys recorded (destroyed ones too), by number."""
    with reading(db) as s:
        return list(s.scalars(select(EncryptionKey.id).order_by(EncryptionKey.id)))


def wrapped_keys(db: Any) -> int:
    """Encryption keys whose wrapped bytes are in the database."""
    return count(db, EncryptionKey, EncryptionKey.wrapped.is_not(None))


def wrapped_key(db: Any, key_id: int) -> bytes | None:
    """A key's wrapped bytes as the database holds them."""
    with reading(db) as s:
        return s.scalar(select(EncryptionKey.wrapped).where(EncryptionKey.id == key_id))


def team(db: Any) -> list[tuple[str, str]]:
    """Every volunteer's (address, nickname), removed ones' stubs included."""
    with reading(db) as s:
        return [(v.address, v.nickname)
                for v in s.scalars(select(Volunteer).order_by(Volunteer.id))]


def every_value(db: Any, tables: tuple[str, ...]) -> list[tuple[str, str, object]]:
    """Every value of every column of `tables`, as (table, column, value).

    The columns are read from the database itself, not from the models, so a column
    added later (or by hand) is searched too."""
    found: list[tuple[str, str, object]] = []
    with _engine(db) as engine, engine.connect() as conn:
        for name in tables:
            table = Table(name, MetaData(), autoload_with=conn)
            for row in conn.execute(select(table)):
                found.extend((name, column.name, value)
                             for column, value in zip(table.columns, row, strict=True))
    return found
