"""The tables. Columns ending in `_enc` hold ciphertext made with the key of `key_id`
(in `inbound_raw` and `outbox_messages`: the key of the row they belong to).

Nothing here is SQLite-specific: the same schema runs on PostgreSQL, so several
daemons can later share one queue.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class EncryptionKey(Base):
    """A key the vault made: when, whether it has been destroyed, and the key, wrapped.

    The record is what lets a missing key be told from a destroyed one: a key listed
    here and not destroyed must be readable, and when it is not (its wrapped bytes
    lost, a changed secret) intake stops with a clear error instead of quietly making
    a new key under the same number, which would leave every mail written meanwhile
    unreadable. Writers hold this row (FOR SHARE) until they commit,
    so the wipe, which takes it FOR UPDATE before destroying the key, waits for them.
    """

    __tablename__ = "encryption_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    destroyed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The key itself, wrapped (AES-GCM) by a key derived from the helpline secret: every
    # host that shares the configuration and the database reads the same keys. Set to
    # NULL when the key is destroyed; NULL on a live key of an earlier version means its
    # file in data_dir/keys/ has not been moved in yet (store.keyring).
    wrapped: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class Volunteer(Base):
    """A volunteer (or coordinator). Their address is staff data, stored in clear."""

    __tablename__ = "volunteers"
    id: Mapped[int] = mapped_column(primary_key=True)
    address: Mapped[str] = mapped_column(String(320), unique=True)
    nickname: Mapped[str] = mapped_column(String(100))
    coordinator: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # A coordinator's logged exception: their provider passes SPF or DKIM, but not for a
    # domain aligned with their address; None (the default) demands alignment.
    unaligned_ok: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    # `volunteer on|off`: True or False pins it; None (the default) follows the roster
    # (core/duty explains the rule).
    on_duty: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class InboundMail(Base):
    """One accepted mail, exactly as received, before anything else happens to it."""

    __tablename__ = "inbound"
    id: Mapped[int] = mapped_column(primary_key=True)
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    source: Mapped[str] = mapped_column(String(10))  # smtp | imap
    key_id: Mapped[int] = mapped_column(Integer)
    envelope_enc: Mapped[bytes] = mapped_column(LargeBinary)
    # The mail itself is in `inbound_raw` (InboundRaw), a row of its own.
    size: Mapped[int] = mapped_column(Integer)
    # new -> (forwarding ->) done | quarantined: store/inbox.InboxState
    status: Mapped[str] = mapped_column(String(12), default="new", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(40))
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"))
    processed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # What the first step found, for the forwards (None: recorded by an earlier version).
    new_conversation: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    sender_unverified: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    # Quarantined as a volunteer's answer that failed authentication (held for the
    # coordinators), as `status` counts them; None: recorded by an earlier version, and
    # revision 0002 set it from the outcome text once.
    held_answer: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    # A help-seeker's own mail of its conversation (a new one or a follow-up, blocked
    # ones too): what a new owner gets again and what a fragment shows as theirs.
    seeker_mail: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class InboundRaw(Base):
    """A stored mail's bytes, sealed under its `inbound` row's key: written once, at intake.

    Apart from the mail's small, often-updated row (state, attempts, facts): an UPDATE
    rewrites the whole row, in SQLite and in PostgreSQL alike, and with the mail in it
    every state change of a 25 MiB mail copied 25 MiB (in memory and on disk). Here it is
    read only when the mail is (store.repository: a chunk at a time on SQLite, whose
    rowid is `inbound_id`), and deleted with its mail (ON DELETE CASCADE, and the purge
    and the wipe remove any row left without one): never set to NULL, which would leave
    the ciphertext in a dead row version.
    """

    __tablename__ = "inbound_raw"
    inbound_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("inbound.id", ondelete="CASCADE"), primary_key=True,
        autoincrement=False)
    raw_enc: Mapped[bytes] = mapped_column(LargeBinary)


class FetchedMessage(Base):
    """A mailbox message we stored: committed with the mail, so a refetch is recognised.

    Keyed by folder, UIDVALIDITY and UID (never sequence numbers). If the daemon dies
    between storing a mail and expunging it from the server, the next fetch finds
    it here and only expunges it: no loss, no duplicate.
    """

    __tablename__ = "fetched"
    id: Mapped[int] = mapped_column(primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(400))  # "user@host/folder"
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound.id", ondelete="SET NULL"))
    fetched_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("mailbox", "uidvalidity", "uid"),)


class Conversation(Base):
    __tablename__ = "conversations"
    id: Mapped[int] = mapped_column(primary_key=True)
    pseudonym: Mapped[str] = mapped_column(String(16), unique=True)
    # The alias seed (random hex): each volunteer's alias is derived from it with the
    # helpline's secret (core/aliases), so it is no alias itself. A previous version kept
    # the one shared alias token here, in clear; the first start moves such a token into
    # `aliases` as a keyed hash (Store.retire_clear_aliases). Nullable for new databases;
    # old ones have it NOT NULL, which is why a seed is always written.
    token: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)
    kind: Mapped[str] = mapped_column(String(10))  # help | privacy
    key_id: Mapped[int] = mapped_column(Integer)
    seeker_enc: Mapped[bytes] = mapped_column(LargeBinary)
    seeker_hash: Mapped[str] = mapped_column(String(64), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("volunteers.id"))
    language: Mapped[str] = mapped_column(String(5))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_activity_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    # A mail of it held an urgent phrase (core/urgent): flagged to volunteers, first in line.
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    # Who is on it and since when (core/duty): owner_id is the one volunteer a help
    # conversation waits with; these say how long, whether it was passed on, and whether
    # it is over. Nullable so an existing database gains them (store/db); None is false/0.
    assigned_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    waiting_since: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    escalation: Mapped[int | None] = mapped_column(Integer, nullable=True, default=0)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Alias(Base):
    """One reply address handed out: a conversation's alias for one volunteer.

    Keyed by a keyed hash of the token (core/aliases.token_lookup), never the token:
    whoever reads the database cannot answer through it. An answer to it counts only
    from `volunteer_id`; removing the volunteer revokes every alias they hold. A row
    without a volunteer is a shared alias of the previous version, open to the whole
    team as it was, until its conversation is purged.
    """

    __tablename__ = "aliases"
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteers.id"), index=True)
    generation: Mapped[int] = mapped_column(Integer, default=0)
    lookup: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class MessageLink(Base):
    """A Message-ID we minted, and what it stands for.

    Threading in both clients runs through this table: a reply that references one
    of our ids finds its conversation, and a forward's row remembers the
    help-seeker's own Message-ID (encrypted) so the answer can thread under it.
    """

    __tablename__ = "message_links"
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id"), index=True)
    our_message_id: Mapped[str] = mapped_column(String(255), unique=True)
    side: Mapped[str] = mapped_column(String(10))  # seeker | volunteer
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteers.id"))
    key_id: Mapped[int] = mapped_column(Integer)
    their_message_id_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class OutboxItem(Base):
    """A mail the helpline sends. Marked sent only after the smarthost's 250."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20))  # confirmation | forward | reply | notice
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id"))
    # Our own Message-ID: bounces name it (in their VERP address or report), never a person.
    message_id: Mapped[str | None] = mapped_column(String(255), index=True)
    key_id: Mapped[int] = mapped_column(Integer)
    mail_from: Mapped[str] = mapped_column(String(320))  # always one of our own, or "" (null)
    rcpt_enc: Mapped[bytes] = mapped_column(LargeBinary)
    # The mail itself is in `outbox_messages` (OutboxMessage), a row of its own.
    # pending -> sent | failed; sent -> bounced when a delivery report comes back
    status: Mapped[str] = mapped_column(String(10), default="pending")
    # When the people concerned were told that it failed or bounced.
    notified_at: Mapped[datetime | None] = mapped_column(DateTime)
    # When coordinators were told it has been waiting too long (smarthost down).
    delay_notified_at: Mapped[datetime | None] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime)
    # Who is delivering it right now ("host:pid"), and until when that claim holds.
    claimed_by: Mapped[str | None] = mapped_column(String(80))
    claimed_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(String(120))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),
                      Index("ix_outbox_kind_due", "status", "kind", "next_attempt_at"))


class OutboxMessage(Base):
    """An outgoing mail's bytes, sealed under its `outbox` row's key: written once.

    Apart from the item's row for the same reason as InboundRaw: claims, leases, attempts
    and "sent" update that row, and must not rewrite a forward's 25 MiB each time.
    Deleted with its item (ON DELETE CASCADE; the purge and the wipe remove any row left
    without one).
    """

    __tablename__ = "outbox_messages"
    outbox_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("outbox.id", ondelete="CASCADE"), primary_key=True,
        autoincrement=False)
    message_enc: Mapped[bytes] = mapped_column(LargeBinary)


class ConfirmationMemo(Base):
    """When a sender last got a confirmation, keyed by a hash only this year's key reproduces."""

    __tablename__ = "confirmation_memo"
    sender_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    key_id: Mapped[int] = mapped_column(Integer)
    last_sent_at: Mapped[datetime] = mapped_column(DateTime)


class ClientConfirmations(Base):
    """How many confirmations mail from one connecting client caused in the current hour.

    Keyed by a hash only this year's key reproduces: the IP itself is never stored.
    """

    __tablename__ = "client_confirmations"
    client_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    key_id: Mapped[int] = mapped_column(Integer)
    window_start: Mapped[datetime] = mapped_column(DateTime)
    count: Mapped[int] = mapped_column(Integer)


class Contact(Base):
    """The anonymous record of one contact, the only source of the annual report.

    Strictly what the report counts: channel, day, language, themes, message counts,
    time to the first answer as a bucket, open or closed. No address, no hash of one,
    no Message-ID, subject, nickname or volunteer. Nothing here points at stored mail;
    the only link runs the other way (conversations.contact_id) and is deleted with
    the conversation at the purge or the wipe.
    """

    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(10))  # mail | chat | phone
    day: Mapped[date] = mapped_column(Date, index=True)
    language: Mapped[str] = mapped_column(String(5))
    themes: Mapped[str] = mapped_column(String(400), default="")
    messages_in: Mapped[int] = mapped_column(Integer, default=0)
    messages_out: Mapped[int] = mapped_column(Integer, default=0)
    first_answer: Mapped[str | None] = mapped_column(String(10))  # a bucket, never a time
    closed: Mapped[bool] = mapped_column(Boolean, default=False)


class JobRun(Base):
    """A run of the purge or the wipe: when, and how many of what went. Never content."""

    __tablename__ = "job_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    job: Mapped[str] = mapped_column(String(20), index=True)  # install | purge | wipe
    at: Mapped[datetime] = mapped_column(DateTime)
    counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON of counts


class ScheduledRun(Base):
    """A scheduled job done for one due moment, by whichever host ran it (store/schedule).

    Keyed by the due moment, not by when it ran: every host, whatever its clock, finds
    the same row for "the purge of 03:30 today" and leaves the job alone.
    """

    __tablename__ = "scheduled_runs"
    job: Mapped[str] = mapped_column(String(20), primary_key=True)
    due_at: Mapped[datetime] = mapped_column(DateTime, primary_key=True)
    done_at: Mapped[datetime] = mapped_column(DateTime)


class AuditEntry(Base):
    """Who read what, when, and why: every transcript read, reveal and fragment.

    Written in the same transaction as the read, so no read happens without it.
    It names a conversation by pseudonym and holds the operator's reason, never mail
    content or an address, so the purge and the wipe leave it in place.
    """

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    operator: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))  # transcript | reveal | fragment | quarantine
    conversation: Mapped[str | None] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)


class MailboxCleanup(Base):
    """A volunteer's mailbox (on the helpline's Dovecot) still to be cleaned, and how it went.

    Written in the transaction of the purge or the wipe, so a mailbox that cannot be
    reached then is cleaned later (jobs/mailboxes), never forgotten. A purge row holds
    its needles in clear: the helpline's own random Message-IDs and the aliases of
    conversations that no longer exist, which name nobody and open nothing. A wipe row
    holds none: it takes all the helpline's mail, except that of conversations still
    stored (mail that came after the wipe).
    """

    __tablename__ = "mailbox_cleanups"
    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"), index=True)
    job: Mapped[str] = mapped_column(String(10))  # purge | wipe
    needles: Mapped[str] = mapped_column(Text, default="[]")  # JSON list (purge)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    last_error: Mapped[str | None] = mapped_column(String(80))  # an error's kind, never text
class Block(Base):
    """A coordinator's block of a help-seeker's address, for a while (`mailhandler block`).

    Keyed like the conversation it was set on (the keyed hash of the sender under
    `key_id`), so a new conversation from the same address is blocked too; never the
    address. It ends at `until`, when lifted, or at the year-end wipe with its key.
    """

    __tablename__ = "blocks"
    id: Mapped[int] = mapped_column(primary_key=True)
    key_id: Mapped[int] = mapped_column(Integer)
    seeker_hash: Mapped[str] = mapped_column(String(64), index=True)
    conversation: Mapped[str] = mapped_column(String(16))  # the pseudonym it was set on
    created_at: Mapped[datetime] = mapped_column(DateTime)
    until: Mapped[datetime] = mapped_column(DateTime)
    lifted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
