"""Conversations as the incoming runner sees them: snapshots to decide from, decisions applied.

A snapshot is everything a handler needs to know about the state a mail concerns,
read in a short read (no lock) and decrypted here, so the handler never touches the
database or the vault. It comes with a Guard: inside the write transaction that applies
the decision, the guard reads again the facts the snapshot was made of, and if they
changed meanwhile (another worker answered in the same conversation, a volunteer left,
the sender was confirmed a moment ago), the decision is not applied and the runner
decides again with what is there now.

The mail steps' reads and writes are Core statements returning rows (no ORM objects):
a few statements per mail where the ORM took dozens (issue 19).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from typing import cast as cast_type

from sqlalchemy import (
    ColumnElement,
    String,
    Table,
    and_,
    bindparam,
    case,
    cast,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from mailhandler.core.decision import (
    ContactChange,
    ContactView,
    ConversationView,
    Decision,
    DutyPlan,
    NewConversation,
    VolunteerView,
)
from mailhandler.core.duty import Member
from mailhandler.core.message import is_one_address
from mailhandler.store.db import utcnow
from mailhandler.store.duty import (
    HELP,
    DutyRules,
    PlanFacts,
    StaleOwner,
    apply_plan,
    expire_loaded,
    plan_for,
)
from mailhandler.store.models import (
    Alias,
    Block,
    ClientConfirmations,
    ConfirmationMemo,
    Contact,
    Conversation,
    MessageLink,
    OutboxItem,
    Volunteer,
)
from mailhandler.store.repository import Store, reachable
from mailhandler.store.vault import KeyDestroyed

CLIENT_WINDOW = timedelta(hours=1)


class Stale(Exception):
    """The state a decision was made from changed before it could be applied: decide again."""


def conversation_view(conv: Conversation) -> ConversationView:
    return ConversationView(conv.id, conv.pseudonym, conv.kind, conv.token, conv.owner_id,
                            conv.contact_id, conv.created_at, bool(conv.urgent))


def volunteer_view(volunteer: Volunteer) -> VolunteerView:
    return VolunteerView(volunteer.id, volunteer.address, volunteer.nickname,
                         bool(volunteer.coordinator), bool(volunteer.unaligned_ok))


# --- rate limits: read apart from their recording ----------------------------------------

def _hashes(store: Store, keys: Iterable[int], purpose: str, value: str) -> list[str]:
    """`value`'s keyed hash under each of `keys` still present (a key wiped a moment ago,
    or not made yet, has nothing to look up under it)."""
    found = []
    for key in keys:
        try:
            found.append(store.vault.keyed_hash(key, purpose, value))
        except KeyDestroyed:
            continue
    return found


def _memo_keys(store: Store, s: Session, now: datetime) -> list[int]:
    return sorted(set(store.vault.recent_key_ids()) | {store.newest_key(now, s)})


def last_sent(store: Store, s: Session, memo: str, now: datetime) -> datetime | None:
    """When `memo` (a sender's confirmation, a notice to someone) was last recorded,
    under any key still present: the memory survives New Year but not the wipe."""
    hashes = _hashes(store, _memo_keys(store, s, now), "confirm", memo.lower())
    if not hashes:
        return None
    return s.scalar(select(func.max(ConfirmationMemo.last_sent_at))
                    .where(ConfirmationMemo.sender_hash.in_(hashes)))


# Built once (Core, on the tables): building a statement costs more CPU than SQLite
# takes to run it, and these run for every mail (issue 19).
_MEMOS = cast_type(Table, ConfirmationMemo.__table__)
_CONTACTS = cast_type(Table, Contact.__table__)
_CONVERSATIONS = cast_type(Table, Conversation.__table__)
_MEMO_UPDATE = update(_MEMOS).where(_MEMOS.c.sender_hash == bindparam("memo")).values(
    last_sent_at=bindparam("at"))
_MEMO_INSERT = insert(_MEMOS)
_CONTACT_INSERT = insert(_CONTACTS).returning(_CONTACTS.c.id)
_CONVERSATION_INSERT = insert(_CONVERSATIONS).returning(_CONVERSATIONS.c.id)


def _record_sent(store: Store, s: Session, memo: str, now: datetime) -> None:
    """Update the memo, or insert it when there is none: a plain INSERT, so another host
    that recorded the same memo since the guard read fails this transaction on the unique
    key (and the mail is decided again) instead of both sending."""
    memo = memo.lower()
    current = store.write_key(s, now)
    sender_hash = store.vault.keyed_hash(current, "confirm", memo)
    done = s.execute(_MEMO_UPDATE, {"memo": sender_hash, "at": now})
    if not done.rowcount:  # type: ignore[attr-defined]
        s.execute(_MEMO_INSERT, {"sender_hash": sender_hash, "key_id": current,
                                 "last_sent_at": now})
    expire_loaded(s, ConfirmationMemo, sender_hash)


def client_window(store: Store, s: Session, client_ip: str,
                  now: datetime) -> tuple[datetime, int] | None:
    """The start and count of the current hour of confirmations caused by this client."""
    try:
        client_hash = store.vault.keyed_hash(store.newest_key(now, s), "client", client_ip)
    except KeyDestroyed:
        return None
    row = s.execute(select(ClientConfirmations.window_start, ClientConfirmations.count)
                    .where(ClientConfirmations.client_hash == client_hash)).first()
    return None if row is None else (row[0], row[1])  # not .count: a tuple's method


def _count_client(store: Store, s: Session, client_ip: str, now: datetime) -> None:
    key = store.write_key(s, now)
    client_hash = store.vault.keyed_hash(key, "client", client_ip)
    table = ClientConfirmations
    expired = table.window_start <= now - CLIENT_WINDOW  # the old hour is over: a new one
    done = s.execute(update(table).where(table.client_hash == client_hash).values(
        window_start=case((expired, now), else_=table.window_start),
        count=case((expired, 1), else_=table.count + 1))
        .execution_options(synchronize_session=False))
    if not done.rowcount:  # type: ignore[attr-defined]
        s.execute(insert(table).values(client_hash=client_hash, key_id=key, window_start=now,
                                       count=1))
    expire_loaded(s, table, client_hash)


# --- guards ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Guard:
    """How the write of a decision checks that what it was decided from still holds.

    The runner reads a snapshot once, with no lock, and decides with no lock held
    (parsing, cleaning and composing may take seconds). The write transaction then asks
    the guard, which reads again only the facts the snapshot was made of, as plain rows
    in one or two Core statements, and compares them with what the snapshot's read saw.
    A snapshot is a function of its facts and of `now` (the same for both), so equal
    facts mean an equal snapshot: the very check a second full read of the snapshot made
    before, for a fraction of its statements and none of its ORM objects. Facts that
    changed where the snapshot would not (a block on someone else, lifted) only make the
    runner decide again: never a wrong write.

    Why this holds with two hosts on one PostgreSQL: the guard runs inside the write
    transaction, after inbox.is_in locked the mail's row, as the second read did, and
    the writes that must not race carry their own condition as before (the owner in
    the claim's and apply_plan's WHERE, the unique keys of memos, aliases and links).
    On SQLite the write transaction holds the one writer lock from its first statement
    (BEGIN IMMEDIATE), so nothing changes between the guard and the writes. No lock is
    taken before the read: that would hold it through parsing and composing.
    """

    read: Callable[[Session], object]
    seen: object

    def holds(self, s: Session) -> bool:
        return self.read(s) == self.seen


ALWAYS = Guard(lambda s: None, None)  # nothing read, nothing that can change


def guard_by_rereading(read: Callable[[Session], Any], s: Session) -> tuple[Any, Guard]:
    """A snapshot and a guard that reads all of it again: for the rarer steps (a
    volunteer's answer), whose snapshot has not been cut down to facts."""
    snapshot = read(s)
    return snapshot, Guard(read, snapshot)


_FIELD, _ROW = " ", "\n"  # never in a number, a keyed hash or one of our Message-IDs


def _rows_in_one(*columns: Any) -> ColumnElement[str]:
    """A set of rows as one string (columns joined by _FIELD, rows by _ROW): so a few
    small row sets come back as one row of one statement. Split by _split."""
    text: ColumnElement[Any] = columns[0]
    for column in columns[1:]:
        text = text + _FIELD + column
    return func.aggregate_strings(text, _ROW)


def _text(column: Any) -> ColumnElement[str]:
    return func.coalesce(cast(column, String), "-")


def _split(joined: str | None) -> frozenset[tuple[str, ...]]:
    """The rows of _rows_in_one, as a set: the database joins them in no set order."""
    if not joined:
        return frozenset()
    return frozenset(tuple(row.split(_FIELD)) for row in joined.split(_ROW))


def _live_blocks(now: datetime) -> ColumnElement[str]:
    """The blocks holding at `now` (store/blocks), as (id, key, keyed hash) rows."""
    return (select(_rows_in_one(_text(Block.id), _text(Block.key_id), Block.seeker_hash))
            .where(Block.lifted_at.is_(None), Block.until > now).scalar_subquery())


def _address_blocked(store: Store, blocks: frozenset[tuple[str, ...]], address: str) -> bool:
    """store/blocks.address_blocked over rows already read."""
    for _, key, seeker_hash in blocks:
        try:
            if seeker_hash == store.seeker_hash(int(key), address):
                return True
        except KeyDestroyed:
            continue
    return False


# --- snapshots ---------------------------------------------------------------------------

@dataclass(frozen=True)
class SeekerSnapshot:
    """What a help-seeker's mail is decided from (handlers/seeker.decide_seeker_mail)."""

    conversation: ConversationView | None  # the one it follows up, same kind and sender
    last_confirmation: datetime | None  # to its envelope sender
    client_window: tuple[datetime, int] | None  # confirmations its client caused this hour
    blocked: bool = False  # a coordinator's block holds on its sender (store/blocks)


def is_ours(store: Store, s: Session, message_id: str | None) -> bool:
    """Whether this Message-ID is one we sent: our own mail coming back is a loop."""
    return bool(message_id) and s.scalar(
        select(OutboxItem.id).where(OutboxItem.message_id == message_id).limit(1)) is not None


_SEEKER_CONVERSATION = (Conversation.id, Conversation.pseudonym, Conversation.kind,
                        Conversation.token, Conversation.owner_id, Conversation.contact_id,
                        Conversation.created_at, Conversation.urgent, Conversation.key_id,
                        Conversation.seeker_hash)


def _view(row: Any) -> ConversationView:
    return ConversationView(row.id, row.pseudonym, row.kind, row.token, row.owner_id,
                            row.contact_id, row.created_at, bool(row.urgent))


def seeker_read(store: Store, s: Session, message_id: str | None,
                references: tuple[str, ...], kind: str, sender: str, mail_from: str,
                client_ip: str | None, now: datetime) -> tuple[bool, SeekerSnapshot, Guard]:
    """Whether the mail is ours coming back, the snapshot its help-seeker's decision is
    made from, and its guard: one statement of facts (ours, the sender's last
    confirmation, the client's hour, the live blocks), and one more when the mail
    refers to our mails (the conversation it follows up)."""
    newest = store.newest_key(now, s)
    memo_hashes = (_hashes(store, sorted(set(store.vault.recent_key_ids()) | {newest}),
                           "confirm", mail_from.lower())
                   if is_one_address(mail_from) else None)
    client_hash = next(iter(_hashes(store, [newest], "client", client_ip)), None) \
        if client_ip else None
    check_blocks = kind == HELP and bool(sender)  # a privacy question is never blocked
    columns: dict[str, ColumnElement[Any]] = {}
    if message_id:
        columns["ours"] = select(OutboxItem.id).where(
            OutboxItem.message_id == message_id).exists()
    if memo_hashes:
        columns["memo"] = (select(func.max(ConfirmationMemo.last_sent_at))
                           .where(ConfirmationMemo.sender_hash.in_(memo_hashes))
                           .scalar_subquery())
    if client_hash is not None:
        client = ClientConfirmations.client_hash == client_hash
        columns["window"] = select(ClientConfirmations.window_start).where(client) \
            .scalar_subquery()
        columns["count"] = select(ClientConfirmations.count).where(client).scalar_subquery()
    if check_blocks:
        columns["blocks"] = _live_blocks(now)
    facts_query = select(*(c.label(name) for name, c in columns.items())) if columns else None
    refers = (select(MessageLink.our_message_id, *_SEEKER_CONVERSATION)
              .join(Conversation, Conversation.id == MessageLink.conversation_id)
              .where(MessageLink.our_message_id.in_(references),
                     MessageLink.side == "seeker")) if references and sender else None

    def facts(s: Session) -> tuple[dict[str, Any], dict[str, Any]]:
        found = s.execute(facts_query).one()._asdict() if facts_query is not None else {}
        if "blocks" in found:
            found["blocks"] = _split(found["blocks"])
        if "ours" in found:
            found["ours"] = bool(found["ours"])
        linked = {row.our_message_id: row for row in s.execute(refers)} \
            if refers is not None else {}
        return found, linked

    seen = facts(s)
    found, linked = seen
    conversation = None
    # The first of its references that is one of ours, in a conversation still there.
    row = next((linked[ref] for ref in references if ref in linked), None)
    # Someone else quoting our mail starts a conversation of their own.
    if row is not None and row.kind == kind \
            and row.seeker_hash == store.seeker_hash(row.key_id, sender):
        conversation = _view(row)
    window = found.get("window")
    snapshot = SeekerSnapshot(
        blocked=check_blocks and _address_blocked(store, found["blocks"], sender),
        conversation=conversation,
        last_confirmation=found.get("memo"),
        client_window=None if window is None else (window, found["count"]))
    return bool(found.get("ours")), snapshot, Guard(facts, seen)


def seeker_snapshot(store: Store, s: Session, references: tuple[str, ...], kind: str,
                    sender: str, mail_from: str, client_ip: str | None,
                    now: datetime) -> SeekerSnapshot:
    """seeker_read's snapshot alone."""
    return seeker_read(store, s, None, references, kind, sender, mail_from, client_ip,
                       now)[1]


@dataclass(frozen=True)
class ForwardSnapshot:
    """What a help-seeker's forwards are decided from (handlers/seeker.decide_forwards)."""

    conversation: ConversationView | None  # None: purged meanwhile
    team: tuple[VolunteerView, ...] = ()  # active volunteers mail can be written to, by id
    # Per volunteer: our earlier forwards' Message-IDs in this conversation, and their
    # alias's generation with whether it was handed out already.
    earlier: dict[int, tuple[str, ...]] = field(default_factory=dict)
    generations: dict[int, tuple[int, bool]] = field(default_factory=dict)
    duty: DutyPlan | None = None  # who it goes to under duty (store/duty.forward_plan)
    blocked: bool = False  # a coordinator's block holds on the help-seeker (store/blocks)


def _team_query() -> Any:
    """The active volunteers with what store/duty.members counts for each (open help
    conversations held, when last given one): one statement for the team and its load."""
    open_help = and_(Conversation.kind == HELP, Conversation.closed_at.is_(None))
    load = (select(Conversation.owner_id,
                   func.count(case((open_help, 1))).label("held"),
                   func.max(Conversation.assigned_at).label("last_given"))
            .where(Conversation.owner_id.is_not(None))
            .group_by(Conversation.owner_id).subquery())
    return (select(Volunteer.id, Volunteer.address, Volunteer.nickname,
                   Volunteer.coordinator, Volunteer.unaligned_ok, Volunteer.on_duty,
                   Volunteer.active, load.c.held, load.c.last_given)
            .outerjoin(load, load.c.owner_id == Volunteer.id)
            .where(Volunteer.active.is_(True)).order_by(Volunteer.id))


def _forward_query(conversation_id: int, now: datetime) -> Any:
    """The conversation's row with its volunteers' links and aliases and the live blocks,
    each set of rows joined into one column: one statement, one row (none: purged)."""
    conv = Conversation.id == conversation_id
    links = (select(_rows_in_one(_text(MessageLink.id), _text(MessageLink.volunteer_id),
                                 MessageLink.our_message_id))
             .where(MessageLink.conversation_id == conversation_id,
                    MessageLink.side == "volunteer").scalar_subquery())
    revoked = case((Alias.revoked_at.is_(None), "0"), else_="1")
    issued = (select(_rows_in_one(_text(Alias.id), _text(Alias.volunteer_id),
                                  _text(Alias.generation), revoked))
              .where(Alias.conversation_id == conversation_id).scalar_subquery())
    return select(*_SEEKER_CONVERSATION, Conversation.closed_at, Conversation.escalation,
                  Conversation.waiting_since, links.label("links"), issued.label("aliases"),
                  _live_blocks(now).label("blocks")).where(conv)


def _forward_facts(s: Session, query: Any, team: Any) -> tuple[Any, ...]:
    row = s.execute(query).first()
    if row is None:
        return (None,)
    found = row._asdict()
    for name in ("links", "aliases", "blocks"):
        found[name] = _split(found[name])
    return (found, tuple(s.execute(team)))


def _conversation_blocked(store: Store, s: Session, conv: dict[str, Any],
                          blocks: frozenset[tuple[str, ...]]) -> bool:
    """store/blocks.is_blocked over rows already read: a block under the conversation's
    own key compares hashes; one under another key, the address hashed under it."""
    address: str | None = None
    for _, key, seeker_hash in blocks:
        key_id = int(key)
        if key_id == conv["key_id"]:
            if seeker_hash == conv["seeker_hash"]:
                return True
            continue
        try:
            if address is None:
                enc = s.scalar(select(Conversation.seeker_enc)
                               .where(Conversation.id == conv["id"]))
                address = store.vault.decrypt_text(conv["key_id"], enc or b"")
            if seeker_hash == store.seeker_hash(key_id, address):
                return True
        except KeyDestroyed:
            continue
    return False


def forward_read(store: Store, s: Session, conversation_id: int | None, now: datetime,
                 rules: DutyRules | None = None) -> tuple[ForwardSnapshot, Guard]:
    """A help-seeker's forwards' snapshot and its guard: two statements (the conversation
    with its links, aliases and the live blocks; the team with its load).

    A volunteer's alias is the same in every forward while it lives: its generation is
    the newest live one's. After a revocation (the volunteer was removed and came back)
    the next generation is handed out, so the ended one stays ended."""
    if not conversation_id:
        return ForwardSnapshot(None), ALWAYS
    query, team_query = _forward_query(conversation_id, now), _team_query()

    def facts(s: Session) -> tuple[Any, ...]:
        return _forward_facts(s, query, team_query)

    seen = facts(s)
    if seen[0] is None:
        return ForwardSnapshot(None), Guard(facts, seen)
    conv, rows = seen
    reachable_rows = [r for r in rows if reachable(r)]
    team = tuple(VolunteerView(r.id, r.address, r.nickname, bool(r.coordinator),
                               bool(r.unaligned_ok)) for r in reachable_rows)
    earlier: dict[int, list[str]] = defaultdict(list)
    for _, volunteer, message_id in sorted(conv["links"], key=lambda r: int(r[0])):
        if volunteer != "-":
            earlier[int(volunteer)].append(message_id)
    issued: dict[int, int] = {}
    counts: dict[int, int] = defaultdict(int)
    for _, volunteer, generation, revoked in sorted(conv["aliases"], key=lambda r: int(r[0])):
        if volunteer == "-":
            continue
        counts[int(volunteer)] += 1
        if revoked == "0":
            issued[int(volunteer)] = int(generation)  # the newest live one wins
    generations = {v.id: ((issued[v.id], True) if v.id in issued else (counts[v.id], False))
                   for v in team}
    blocked = conv["kind"] == HELP and _conversation_blocked(store, s, conv, conv["blocks"])
    plan = None
    if rules is not None:
        members = [Member(id=r.id, address=r.address, nickname=r.nickname,
                          coordinator=bool(r.coordinator), pinned=r.on_duty,
                          open=int(r.held or 0), last_given=r.last_given)
                   for r in reachable_rows]
        plan = plan_for(cast_type(PlanFacts, _Facts(conv)), members, rules, now, blocked)
    snapshot = ForwardSnapshot(_view(_Facts(conv)), team,
                               {v.id: tuple(earlier[v.id]) for v in team}, generations,
                               blocked=blocked, duty=plan)
    return snapshot, Guard(facts, seen)


class _Facts:
    """A conversation's facts (a dict) read as attributes, as plan_for and _view read."""

    def __init__(self, found: dict[str, Any]) -> None:
        self.__dict__.update(found)


def forward_snapshot(store: Store, s: Session, conversation_id: int | None, now: datetime,
                     rules: DutyRules | None = None) -> ForwardSnapshot:
    """forward_read's snapshot alone (handlers/duty: a new owner's last mails, read in
    the transaction that writes them)."""
    return forward_read(store, s, conversation_id, now, rules)[0]


@dataclass(frozen=True)
class VolunteerSnapshot:
    """What a mail to a conversation alias is decided from (handlers/volunteer)."""

    alias_found: bool
    alias_volunteer_id: int | None = None  # None: a shared alias of the previous version
    alias_revoked: bool = False
    conversation: ConversationView | None = None
    sender: VolunteerView | None = None  # the active volunteer of its envelope sender
    last_held_notice: datetime | None = None
    last_other_alias_notice: datetime | None = None
    seeker_address: str = ""
    seeker_ids: tuple[str, ...] = ()  # the help-seeker's own Message-IDs, oldest first
    replied_to: str | None = None  # the help-seeker's Message-ID of the forward answered
    contact: ContactView | None = None


HELD_NOTICE = "held-notice:"
OTHER_ALIAS_NOTICE = "other-alias-notice:"


def volunteer_snapshot(store: Store, s: Session, lookup: str | None, mail_from: str,
                       references: tuple[str, ...], now: datetime) -> VolunteerSnapshot:
    alias = store.alias_by_lookup(s, lookup) if lookup is not None else None
    conv = s.get(Conversation, alias.conversation_id) if alias is not None else None
    if alias is None or conv is None:
        return VolunteerSnapshot(alias_found=False)
    volunteer = store.volunteer_by_address(s, mail_from) if mail_from else None
    sender = volunteer_view(volunteer) if volunteer is not None else None
    seeker_ids: list[str] = []
    for link in store.links(s, conv, "volunteer"):
        their = store.their_message_id(link)
        if their and their not in seeker_ids:
            seeker_ids.append(their)
    replied_to = None
    found = store.conversation_of_reply(s, list(references), side="volunteer")
    if found is not None and found[0].id == conv.id:
        replied_to = store.their_message_id(found[1])
    contact = s.get(Contact, conv.contact_id) if conv.contact_id else None
    return VolunteerSnapshot(
        alias_found=True, alias_volunteer_id=alias.volunteer_id,
        alias_revoked=alias.revoked_at is not None, conversation=conversation_view(conv),
        sender=sender,
        last_held_notice=(last_sent(store, s, HELD_NOTICE + sender.address, now)
                          if sender else None),
        last_other_alias_notice=(last_sent(store, s, OTHER_ALIAS_NOTICE + sender.address, now)
                                 if sender else None),
        seeker_address=store.seeker_address(conv), seeker_ids=tuple(seeker_ids),
        replied_to=replied_to,
        contact=ContactView(contact.themes, contact.first_answer) if contact else None)


# --- applying a decision -----------------------------------------------------------------

def _open(store: Store, s: Session, new: NewConversation, now: datetime,
          change: ContactChange | None, mark_urgent: bool) -> tuple[int, int | None]:
    """Insert the conversation (and its contact, with the decision's change already in
    it): its id and its contact's."""
    key = store.write_key(s, now)
    contact_id = None
    if new.contact_day is not None:  # a privacy question is not a helpline contact
        change = change or ContactChange()
        contact_id = s.scalar(_CONTACT_INSERT, dict(
            channel="mail", day=new.contact_day, language=new.language,
            themes=change.themes if change.themes is not None else "",
            messages_in=change.messages_in, messages_out=change.messages_out,
            first_answer=change.first_answer, closed=False))
    conv_id = s.scalar(_CONVERSATION_INSERT, dict(
        pseudonym=new.pseudonym, token=new.token, kind=new.kind, key_id=key,
        seeker_enc=store.vault.encrypt_text(key, new.sender),
        seeker_hash=store.seeker_hash(key, new.sender),
        language=new.language, created_at=now, last_activity_at=now,
        urgent=new.urgent or mark_urgent, contact_id=contact_id, escalation=0,
        owner_id=None, assigned_at=None, waiting_since=None, closed_at=None))
    assert conv_id is not None
    return conv_id, contact_id


def _change_contact(s: Session, contact_id: int, change: ContactChange) -> None:
    values: dict[str, Any] = {"messages_in": Contact.messages_in + change.messages_in,
                              "messages_out": Contact.messages_out + change.messages_out}
    if change.themes is not None:
        values["themes"] = change.themes
    if change.first_answer is not None:
        values["first_answer"] = func.coalesce(Contact.first_answer, change.first_answer)
    s.execute(update(Contact).where(Contact.id == contact_id).values(values)
              .execution_options(synchronize_session=False))
    expire_loaded(s, Contact, contact_id)


def apply(store: Store, s: Session, decision: Decision, now: datetime) -> int | None:
    """Write what `decision` says, in the caller's transaction; the conversation's id.

    The caller has checked that the snapshot the decision was made from still holds.
    Core statements: a conversation's changes in one UPDATE, its links in one INSERT.
    """
    change = decision.contact
    conv_id: int | None = None
    contact_id: int | None = None
    if decision.new_conversation is not None:
        conv_id, contact_id = _open(store, s, decision.new_conversation, now, change,
                                    decision.mark_urgent)
        change = None  # in the new contact already
    elif decision.conversation is not None:
        row = s.execute(select(Conversation.id, Conversation.contact_id)
                        .where(Conversation.id == decision.conversation.id)).first()
        if row is not None:
            conv_id, contact_id = row
    for memo in decision.memos:
        _record_sent(store, s, memo, now)
    if decision.client_confirmation is not None:
        _count_client(store, s, decision.client_confirmation, now)
    if conv_id is None:
        for mail in decision.mails:  # notices about no conversation
            store.enqueue(s, mail.outgoing, None)
        return None
    if decision.claim_owner is not None:
        # Conditional, so two volunteers answering at the same moment cannot both win,
        # whichever daemon or worker handles their mails.
        claimed = s.execute(update(Conversation)
                            .where(Conversation.id == conv_id, Conversation.owner_id.is_(None))
                            .values(owner_id=decision.claim_owner))
        if claimed.rowcount != 1:  # type: ignore[attr-defined]
            # Another worker's volunteer answered first, since this one's snapshot.
            raise Stale
    if decision.new_conversation is None:
        values: dict[str, Any] = {}
        if decision.touch:
            values["last_activity_at"] = now
        if decision.mark_urgent:
            values["urgent"] = True
        if values:
            s.execute(update(Conversation).where(Conversation.id == conv_id).values(values)
                      .execution_options(synchronize_session=False))
            expire_loaded(s, Conversation, conv_id)
    if change is not None and contact_id is not None:
        _change_contact(s, contact_id, change)
    if decision.aliases:
        lookups = [issue.lookup for issue in decision.aliases]
        # Handed out meanwhile in this transaction (a new owner's last mails): not again.
        there = set(s.scalars(select(Alias.lookup).where(Alias.lookup.in_(lookups))))
        rows = [{"conversation_id": conv_id, "volunteer_id": issue.volunteer_id,
                 "generation": issue.generation, "lookup": issue.lookup, "created_at": now}
                for issue in decision.aliases if issue.lookup not in there]
        if rows:
            s.execute(insert(Alias), rows)
    links = []
    for mail in decision.mails:
        store.enqueue(s, mail.outgoing, conv_id)
        if mail.link is not None:
            links.append((mail.outgoing.message_id, mail.link))
    if links:
        key = store.write_key(s)
        at = utcnow()
        s.execute(insert(MessageLink), [
            {"conversation_id": conv_id, "our_message_id": message_id, "side": link.side,
             "volunteer_id": link.volunteer_id, "key_id": key, "created_at": at,
             "their_message_id_enc": (store.vault.encrypt_text(key, link.their_message_id)
                                      if link.their_message_id else None)}
            for message_id, link in links])
    s.flush()
    return conv_id


def apply_duty(s: Session, conversation_id: int | None, plan: DutyPlan | None,
               now: datetime) -> None:
    """Write a forward's duty plan (store/duty.apply_plan) in the caller's transaction;
    Stale when the conversation was given out meanwhile."""
    if plan is None or conversation_id is None:
        return
    try:
        apply_plan(s, conversation_id, plan, now)
    except StaleOwner:
        raise Stale from None
