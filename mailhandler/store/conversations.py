"""Conversations as the incoming runner sees them: snapshots to decide from, decisions applied.

A snapshot is everything a handler needs to know about the state a mail concerns,
read in a short read (no lock) and decrypted here, so the handler never touches the
database or the vault. The same function reads it again inside the write transaction
that applies the decision: if it changed meanwhile (another worker answered in the
same conversation, a volunteer left, the sender was confirmed a moment ago), the
decision is not applied and the runner decides again with what is there now.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mailhandler.core.decision import (
    ContactView,
    ConversationView,
    Decision,
    DutyPlan,
    NewConversation,
    VolunteerView,
)
from mailhandler.core.message import is_one_address
from mailhandler.store.blocks import address_blocked, is_blocked
from mailhandler.store.duty import DutyRules, StaleOwner, apply_plan, forward_plan
from mailhandler.store.models import (
    Alias,
    ClientConfirmations,
    ConfirmationMemo,
    Contact,
    Conversation,
    Volunteer,
)
from mailhandler.store.repository import Store
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

def last_sent(store: Store, s: Session, memo: str, now: datetime) -> datetime | None:
    """When `memo` (a sender's confirmation, a notice to someone) was last recorded,
    under any key still present: the memory survives New Year but not the wipe."""
    memo = memo.lower()
    latest = None
    for key in sorted(set(store.vault.recent_key_ids()) | {store.newest_key(now)}):
        try:
            found = s.get(ConfirmationMemo, store.vault.keyed_hash(key, "confirm", memo))
        except KeyDestroyed:
            continue  # wiped a moment ago, or not made yet: nothing to look up under it
        if found is not None and (latest is None or found.last_sent_at > latest):
            latest = found.last_sent_at
    return latest


def _record_sent(store: Store, s: Session, memo: str, now: datetime) -> None:
    memo = memo.lower()
    current = store.write_key(s, now)
    sender_hash = store.vault.keyed_hash(current, "confirm", memo)
    found = s.get(ConfirmationMemo, sender_hash)
    if found is None:
        s.add(ConfirmationMemo(sender_hash=sender_hash, key_id=current, last_sent_at=now))
    else:
        found.last_sent_at = now


def client_window(store: Store, s: Session, client_ip: str,
                  now: datetime) -> tuple[datetime, int] | None:
    """The start and count of the current hour of confirmations caused by this client."""
    try:
        client_hash = store.vault.keyed_hash(store.newest_key(now), "client", client_ip)
    except KeyDestroyed:
        return None
    row = s.get(ClientConfirmations, client_hash)
    return None if row is None else (row.window_start, row.count)


def _count_client(store: Store, s: Session, client_ip: str, now: datetime) -> None:
    key = store.write_key(s, now)
    client_hash = store.vault.keyed_hash(key, "client", client_ip)
    row = s.get(ClientConfirmations, client_hash)
    if row is None:
        s.add(ClientConfirmations(client_hash=client_hash, key_id=key, window_start=now,
                                  count=1))
    elif now - row.window_start >= CLIENT_WINDOW:
        row.window_start, row.count = now, 1
    else:
        row.count += 1


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
    return bool(message_id) and store.outbox_item(s, message_id or "") is not None


def seeker_snapshot(store: Store, s: Session, references: tuple[str, ...], kind: str,
                    sender: str, mail_from: str, client_ip: str | None,
                    now: datetime) -> SeekerSnapshot:
    conversation = None
    blocked = False
    found = store.conversation_of_reply(s, list(references), side="seeker")
    if found is not None and sender:
        conv = found[0]
        # Someone else quoting our mail starts a conversation of their own.
        if conv.kind == kind and conv.seeker_hash == store.seeker_hash(conv.key_id, sender):
            conversation = conversation_view(conv)
    if kind == "help" and sender:  # a privacy question (GDPR) is never blocked
        blocked = address_blocked(store, s, sender, now)
    return SeekerSnapshot(
        blocked=blocked,
        conversation=conversation,
        last_confirmation=(last_sent(store, s, mail_from, now)
                           if is_one_address(mail_from) else None),
        client_window=client_window(store, s, client_ip, now) if client_ip else None)


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


def forward_snapshot(store: Store, s: Session, conversation_id: int | None, now: datetime,
                     rules: DutyRules | None = None) -> ForwardSnapshot:
    """A volunteer's alias is the same in every forward while it lives: its generation is
    the newest live one's. After a revocation (the volunteer was removed and came back)
    the next generation is handed out, so the ended one stays ended."""
    conv = s.get(Conversation, conversation_id) if conversation_id else None
    if conv is None:
        return ForwardSnapshot(None)
    team = tuple(volunteer_view(v) for v in store.volunteers(s))
    earlier: dict[int, list[str]] = defaultdict(list)
    for link in store.links(s, conv, "volunteer"):
        if link.volunteer_id is not None:
            earlier[link.volunteer_id].append(link.our_message_id)
    issued: dict[int, int] = {}
    counts: dict[int, int] = defaultdict(int)
    for alias in s.scalars(select(Alias).where(Alias.conversation_id == conv.id)
                           .order_by(Alias.id)):
        if alias.volunteer_id is None:
            continue
        counts[alias.volunteer_id] += 1
        if alias.revoked_at is None:
            issued[alias.volunteer_id] = alias.generation  # the newest live one wins
    generations = {v.id: ((issued[v.id], True) if v.id in issued else (counts[v.id], False))
                   for v in team}
    blocked = conv.kind == "help" and is_blocked(store, s, conv, now)
    return ForwardSnapshot(conversation_view(conv), team,
                           {v.id: tuple(earlier[v.id]) for v in team}, generations,
                           blocked=blocked,
                           duty=(forward_plan(s, conv, rules, now, blocked)
                                 if rules is not None else None))


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

def _open(store: Store, s: Session, new: NewConversation, now: datetime) -> Conversation:
    key = store.write_key(s, now)
    conv = Conversation(
        pseudonym=new.pseudonym, token=new.token, kind=new.kind, key_id=key,
        seeker_enc=store.vault.encrypt_text(key, new.sender),
        seeker_hash=store.seeker_hash(key, new.sender),
        language=new.language, created_at=now, last_activity_at=now, urgent=new.urgent,
    )
    if new.contact_day is not None:  # a privacy question is not a helpline contact
        contact = Contact(channel="mail", day=new.contact_day, language=new.language,
                          themes="", messages_in=0, messages_out=0, closed=False)
        s.add(contact)
        s.flush()
        conv.contact_id = contact.id
    s.add(conv)
    s.flush()
    return conv


def apply(store: Store, s: Session, decision: Decision, now: datetime) -> int | None:
    """Write what `decision` says, in the caller's transaction; the conversation's id.

    The caller has checked that the snapshot the decision was made from still holds.
    """
    conv: Conversation | None = None
    if decision.new_conversation is not None:
        conv = _open(store, s, decision.new_conversation, now)
    elif decision.conversation is not None:
        conv = s.get(Conversation, decision.conversation.id)
    for memo in decision.memos:
        _record_sent(store, s, memo, now)
    if decision.client_confirmation is not None:
        _count_client(store, s, decision.client_confirmation, now)
    if conv is None:
        for mail in decision.mails:  # notices about no conversation
            store.enqueue(s, mail.outgoing, None)
        return None
    if decision.claim_owner is not None:
        # Conditional, so two volunteers answering at the same moment cannot both win,
        # whichever daemon or worker handles their mails.
        claimed = s.execute(update(Conversation)
                            .where(Conversation.id == conv.id, Conversation.owner_id.is_(None))
                            .values(owner_id=decision.claim_owner))
        if claimed.rowcount != 1:  # type: ignore[attr-defined]
            # Another worker's volunteer answered first, since this one's snapshot.
            raise Stale
    if decision.touch:
        conv.last_activity_at = now
    if decision.mark_urgent:
        conv.urgent = True
    change = decision.contact
    contact = s.get(Contact, conv.contact_id) if conv.contact_id and change else None
    if change is not None and contact is not None:
        contact.messages_in += change.messages_in
        contact.messages_out += change.messages_out
        if change.themes is not None:
            contact.themes = change.themes
        if change.first_answer is not None and contact.first_answer is None:
            contact.first_answer = change.first_answer
    for issue in decision.aliases:
        if s.scalar(select(Alias.id).where(Alias.lookup == issue.lookup)) is not None:
            continue  # handed out meanwhile in this transaction (a new owner's last mails)
        s.add(Alias(conversation_id=conv.id, volunteer_id=issue.volunteer_id,
                    generation=issue.generation, lookup=issue.lookup, created_at=now))
    for mail in decision.mails:
        store.enqueue(s, mail.outgoing, conv.id)
        if mail.link is not None:
            store.link(s, conv, mail.outgoing.message_id, side=mail.link.side,
                       volunteer_id=mail.link.volunteer_id,
                       their_message_id=mail.link.their_message_id)
    s.flush()
    return conv.id


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
