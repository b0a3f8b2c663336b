"""A stored mail, parsed once into the facts every decision about it reads.

Before, one step parsed the same bytes twice (once to authenticate, once to route) and
each handler read its headers again; now the runner parses a mail once per step and
hands this value on. The expensive part of a forward (the sender's identity, which
builds the patterns that replace their names) is left to the forward itself.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from email.message import EmailMessage

from mailhandler.config import Config
from mailhandler.core.authentication import NOT_EVALUATED, AuthResults
from mailhandler.core.classify import automatic_reason
from mailhandler.core.message import (
    addresses,
    is_one_address,
    own_message_id,
    parse,
    referenced_ids,
)
from mailhandler.handlers.bounce import is_report
from mailhandler.store.repository import Envelope


@dataclass(frozen=True)
class ParsedMail:
    """What a decision needs to know about one mail, read from it once."""

    message: EmailMessage
    envelope: Envelope
    message_id: str | None  # its own Message-ID
    references: tuple[str, ...]  # In-Reply-To and References, ours or not
    reply_address: str  # where answers go; "" when nowhere
    from_addresses: tuple[str, ...]
    automatic: str | None  # the rule that says no person wrote it or none may answer it
    is_report: bool  # a delivery report, or from the null sender
    bounced: str | None  # our Message-ID when it came to a bounce address of ours
    alias_token: str | None  # the token when it came to a conversation alias
    kind: str  # help | privacy: which public address it came to
    auth: AuthResults = NOT_EVALUATED

    def authenticated(self, auth: AuthResults) -> ParsedMail:
        return replace(self, auth=auth)


def reply_address(message: EmailMessage, envelope: Envelope) -> str:
    """Where answers go: the From address, else the envelope sender.

    Never Reply-To: it is the one address nothing checks, so a bully writing from their
    own mailbox with `Reply-To: <a classmate>` would have a volunteer's answer about
    coming out delivered to the classmate's family (tried from outside, it was). From is
    what SPF/DKIM/DMARC speak for, and the address the confirmation warned about.
    """
    pairs = addresses(message, "From")
    if pairs:
        return pairs[0][1]
    # An envelope sender that is not one plain address (garbage from IMAP headers,
    # say) can receive nothing: the mail is still stored and forwarded.
    return envelope.mail_from.lower() if is_one_address(envelope.mail_from) else ""


def read_mail(raw: bytes, envelope: Envelope, cfg: Config) -> ParsedMail:
    """Parse a stored mail (UnreadableMail if it cannot be) into its facts.

    The recipients decide the route: a bounce address of ours first, then an alias;
    the privacy address (and postmaster) wins over the public one, so a privacy
    question copied to both reaches coordinators only.
    """
    message = parse(raw)
    hl = cfg.helpline
    rcpts = sorted({r.lower() for r in envelope.rcpts})
    bounced = next((found for found in (hl.aliases.message_id_of_bounce(r)
                                        for r in rcpts) if found is not None), None)
    token = next((found for found in (hl.aliases.token_of(r) for r in rcpts)
                  if found is not None), None)
    return ParsedMail(
        message=message, envelope=envelope, message_id=own_message_id(message),
        references=tuple(referenced_ids(message)),
        reply_address=reply_address(message, envelope),
        from_addresses=tuple(a for _, a in addresses(message, "From")),
        automatic=automatic_reason(message, envelope.mail_from, cfg.own_addresses, hl.domain),
        is_report=is_report(message, envelope),
        bounced=bounced, alias_token=token,
        kind="privacy" if set(rcpts) & cfg.coordinator_addresses else "help",
    )
