"""What a handler decides about a stored mail, and the read-only state it decides from.

Plain values, no I/O: a handler (handlers/seeker, handlers/volunteer) turns a parsed
mail and a snapshot of the state it concerns into a `Decision`; the store applies the
decision in one short transaction, after checking that the state is still the one
the snapshot showed (else the runner decides again). So parsing, cleaning and
composing, which may take seconds for a big mail, never run while a lock is held.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from mailhandler.core.compose import Outgoing


class InboxState(StrEnum):
    """Where a stored mail is. Stored as these strings (existing databases keep working)."""

    NEW = "new"
    FORWARDING = "forwarding"  # confirmed; its forwards are the next step
    DONE = "done"
    QUARANTINED = "quarantined"


@dataclass(frozen=True)
class ConversationView:
    """A conversation as a decision sees it: no address, nothing encrypted."""

    id: int
    pseudonym: str
    kind: str  # help | privacy
    token: str | None  # the seed of its volunteers' aliases
    owner_id: int | None
    contact_id: int | None
    created_at: datetime
    urgent: bool = False  # one of its mails held an urgent phrase (handlers/urgency)


@dataclass(frozen=True)
class VolunteerView:
    id: int
    address: str
    nickname: str
    coordinator: bool
    unaligned_ok: bool


@dataclass(frozen=True)
class ContactView:
    themes: str
    first_answer: str | None


@dataclass(frozen=True)
class NewConversation:
    """A conversation this mail opens: recorded (encrypted) by the store when applied."""

    pseudonym: str
    token: str
    kind: str
    sender: str
    language: str
    contact_day: date | None  # a help contact opens its anonymous Contact; privacy none
    urgent: bool = False


@dataclass(frozen=True)
class Link:
    """A Message-ID of ours to remember for threading (see store/models.MessageLink)."""

    side: str  # seeker | volunteer
    volunteer_id: int | None = None
    their_message_id: str | None = None


@dataclass(frozen=True)
class Mail:
    """One mail to put in the outbox, and the link to record for its Message-ID."""

    outgoing: Outgoing
    link: Link | None = None


@dataclass(frozen=True)
class AliasIssue:
    """A volunteer's alias for the conversation, handed out for the first time."""

    volunteer_id: int
    generation: int
    lookup: str


@dataclass(frozen=True)
class ContactChange:
    messages_in: int = 0
    messages_out: int = 0
    themes: str | None = None  # the contact's whole new theme list
    first_answer: str | None = None  # set only when it had none


@dataclass(frozen=True)
class DutyPlan:
    """Who a help-seeker's forward goes to under duty (core/duty), and what that changes:
    read with the forward's snapshot (store/duty.forward_plan), applied with its decision."""

    recipients: tuple[int, ...] | None  # None: a privacy question, the usual rule
    coordinators: tuple[int, ...] = ()  # on duty (all of them when none is): urgent copies
    owner: int | None = None  # the owner as read: the write is guarded by it
    reopen: bool = False  # it was closed: open again
    clear_owner: bool = False  # reopened under duty: given out anew
    wait: bool = False  # the help-seeker waits for an answer from now
    give_to: int | None = None  # the new owner, who first gets the last mails


@dataclass(frozen=True)
class AnswerChange:
    """What an owner's answer does to the conversation (handlers/duty.after_answer)."""

    volunteer_id: int
    commands: frozenset[str] = frozenset()  # #teruggeven, #sluiten (core/duty)
    relayed: bool = True  # the help-seeker got an answer (not only commands)


@dataclass(frozen=True)
class Decision:
    """What to do with a mail: where it goes next, what is written and what is sent.

    `outcome` is the log code stored with the mail (status shows it); behaviour never
    depends on its text: `state` says where the mail goes, `new_conversation` whether
    it opened a conversation.
    """

    state: InboxState
    outcome: str
    conversation: ConversationView | None = None  # the existing one it concerns
    new_conversation: NewConversation | None = None
    mails: tuple[Mail, ...] = ()
    aliases: tuple[AliasIssue, ...] = ()
    touch: bool = False  # the conversation's last activity is now
    mark_urgent: bool = False  # the conversation is urgent from now on
    contact: ContactChange | None = None
    claim_owner: int | None = None  # this volunteer becomes the owner
    # Rate limits to record: memo keys (a sender's confirmation, a notice) and a client.
    memos: tuple[str, ...] = ()
    client_confirmation: str | None = None
    sender_unverified: bool = False
    answer: AnswerChange | None = None  # a volunteer's answer, for duty
    duty: DutyPlan | None = None  # a forward's duty plan, applied before its mails
