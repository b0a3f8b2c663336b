"""Which mails in a volunteer's mailbox are the helpline's: the rule for the purge and the wipe.

Every mail the helpline sends a volunteer carries two things of its own: a Message-ID
in the helpline's domain (minted at random, recorded with the outbox item and, for
forwards, in message_links) and, in From/Reply-To, an address of the helpline (the
conversation alias of a forward, the helpline address of a notice). Every mail a
volunteer writes to a conversation carries the alias in To, and, when it is an answer,
one of those Message-IDs in In-Reply-To/References. So a mail is

- the helpline's (the year-end wipe takes it) when any address in its address headers
  is the helpline's (`is_own_address`, the one rule) or any Message-ID it names is in
  the helpline's domain;
- a given conversation's (the purge takes it) when it names one of that conversation's
  Message-IDs or aliases ("needles", recorded when the conversation was purged).

Nothing else is looked at: not the subject, not the body. The server's SEARCH only
narrows the candidates (`candidate_search`); the decision is made here, on the headers,
so a loose substring match on the server can never delete a volunteer's own mail.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from email.message import Message
from email.utils import getaddresses

from mailhandler.core.message import is_own_address

ADDRESS_HEADERS = ("From", "Sender", "Reply-To", "To", "Cc", "Bcc")
ID_HEADERS = ("Message-ID", "In-Reply-To", "References")
# What a client fetches of each candidate (BODY.PEEK[HEADER.FIELDS (...)]).
FETCHED_HEADERS = ADDRESS_HEADERS + ID_HEADERS
_MESSAGE_ID = re.compile(r"<([^<>\s]+@[^<>\s]+)>")


@dataclass(frozen=True)
class Traces:
    """The addresses and Message-IDs a mail names in its headers, lowercased."""

    addresses: frozenset[str]
    message_ids: frozenset[str]  # "<local@domain>"


def _values(message: Message, name: str) -> list[str]:
    return [str(v) for v in (message.get_all(name) or [])]


def traces(message: Message) -> Traces:
    """What identifies a mail as the helpline's, from its headers only."""
    addresses: set[str] = set()
    for name in ADDRESS_HEADERS:
        try:
            pairs = getaddresses(_values(message, name))
        except Exception:  # a hostile header: it names nothing we can use
            continue
        addresses.update(addr.strip().lower() for _, addr in pairs if "@" in addr)
    ids: set[str] = set()
    for name in ID_HEADERS:
        for value in _values(message, name):
            ids.update(f"<{m.lower()}>" for m in _MESSAGE_ID.findall(value))
    return Traces(frozenset(addresses), frozenset(ids))


def _domain_of_id(message_id: str) -> str:
    return message_id.strip("<>").rpartition("@")[2]


def is_helpline_mail(found: Traces, own_addresses: frozenset[str], domain: str) -> bool:
    """Whether a mail is the helpline's (to or from it, or about one of its mails)."""
    if any(is_own_address(a, own_addresses, domain) for a in found.addresses):
        return True
    domain = domain.lower()
    return any(d == domain or d.endswith("." + domain)
               for d in map(_domain_of_id, found.message_ids))


def names_any(found: Traces, needles: Iterable[str]) -> bool:
    """Whether a mail names one of a purged conversation's Message-IDs or aliases."""
    wanted = {n.strip().lower() for n in needles}
    return bool(wanted & found.addresses) or bool(wanted & found.message_ids)


def candidate_search(own_addresses: frozenset[str], domain: str) -> list[object]:
    """IMAP SEARCH criteria for every mail that may be the helpline's (a superset).

    Substrings of the domain in the address and Message-ID headers, and the helpline's
    own addresses outside it; imapclient writes the nested lists as parenthesised
    groups: OR (a) (OR (b) (...)).
    """
    at_domain = f"@{domain.lower()}"
    keys: list[list[str]] = [[name, at_domain] for name in ("FROM", "TO", "CC", "BCC")]
    keys += [["HEADER", name, at_domain] for name in ("Sender", "Reply-To") + ID_HEADERS]
    # Below the domain too (is_own_address): ".lumi.example" in x@mx.lumi.example.
    keys += [[name, f".{domain.lower()}"] for name in ("FROM", "TO", "CC")]
    for own in sorted(own_addresses):
        if not own.lower().endswith(at_domain):
            keys += [[name, own.lower()] for name in ("FROM", "TO", "CC", "BCC")]
    criteria: list[object] = list(keys[-1])
    for key in reversed(keys[:-1]):
        criteria = ["OR", key, criteria]
    return criteria
