"""Conversation aliases and pseudonyms.

A volunteer answers a conversation by writing to the alias in the forward they got,
`c.<token>@<domain>` (or `hulp+c.<token>@<domain>`: see AliasForm). Each volunteer gets
their own alias for each conversation: the token is a part derived from the
conversation's random seed, the volunteer and a generation (80 bits), plus an HMAC of
that part under the helpline's secret (60 bits). Nobody can make up a valid alias, and
one that was never issued is refused at RCPT time without even asking the database.

The token is a capability, so the database holds neither it nor anything it can be
rebuilt from without the secret (which lives in a file, not in the database): the seed
alone is useless, and an issued alias is found by a keyed hash of its token. Logs use
the conversation's short pseudonym instead.

A previous version gave every volunteer one shared token of 20 characters (40 random
bits); those still authenticate here, so the aliases already in volunteers' mailboxes
keep working until their conversation is purged.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass

ALIAS_PREFIX = "c."
_RANDOM_CHARS = 16  # 80 bits: tokens of many conversations and volunteers never collide
_LEGACY_RANDOM_CHARS = 8  # the shared aliases of the previous version: 40 bits
_MAC_CHARS = 12  # 60 bits
_TOKEN = re.compile(rf"^[a-z2-7]{{{_RANDOM_CHARS + _MAC_CHARS}}}$")
_LEGACY_TOKEN = re.compile(rf"^[a-z2-7]{{{_LEGACY_RANDOM_CHARS + _MAC_CHARS}}}$")
_PSEUDONYM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud on the phone


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode().rstrip("=").lower()


def _mac(secret: bytes, random_part: str) -> str:
    return _b32(hmac.new(secret, b"alias:" + random_part.encode(), hashlib.sha256).digest())[
        :_MAC_CHARS
    ]


def new_alias_seed() -> str:
    """A conversation's alias seed: random and stored, but no alias without the secret."""
    return os.urandom(16).hex()


def volunteer_token(secret: bytes, seed: str, volunteer_id: int, generation: int) -> str:
    """The token of one volunteer's alias for one conversation.

    Derived, not stored: the same volunteer gets the same alias in every forward of the
    conversation, so their mail client threads it; a new generation (after they were
    removed and came back) gets a new one, so the ended alias stays ended.
    """
    digest = hmac.new(secret, f"alias-of:{seed}:{volunteer_id}:{generation}".encode(),
                      hashlib.sha256).digest()
    random_part = _b32(digest)[:_RANDOM_CHARS]
    return random_part + _mac(secret, random_part)


def unissued_token() -> str:
    """A token of the right shape that nobody was given: a stand-in while a forward's
    body is built once, before each volunteer's copy gets their own alias."""
    return _b32(os.urandom(20))[:_RANDOM_CHARS + _MAC_CHARS]


def token_lookup(secret: bytes, token: str) -> str:
    """What the database keys an issued alias by: a reader of the database learns no
    alias from it, and cannot tell which forward carried which."""
    return hmac.new(secret, b"alias-lookup:" + token.encode(), hashlib.sha256).hexdigest()


def is_legacy_token(value: str) -> bool:
    """A shared conversation token of the previous version (stored in clear)."""
    return bool(_LEGACY_TOKEN.match(value))


def token_is_authentic(secret: bytes, token: str) -> bool:
    if _TOKEN.match(token):
        random_chars = _RANDOM_CHARS
    elif _LEGACY_TOKEN.match(token):
        random_chars = _LEGACY_RANDOM_CHARS
    else:
        return False
    random_part, mac = token[:random_chars], token[random_chars:]
    return hmac.compare_digest(mac, _mac(secret, random_part))


def new_pseudonym() -> str:
    raw = os.urandom(6)
    return "".join(_PSEUDONYM_ALPHABET[b % len(_PSEUDONYM_ALPHABET)] for b in raw)


BOUNCE_PREFIX = "b."


def new_message_id(domain: str) -> str:
    return f"<{_b32(os.urandom(15))}@{domain}>"


SUBADDRESS_SEPARATOR = "+"  # RFC 5233's default; Gmail, Microsoft 365, Fastmail, Proton use it


@dataclass(frozen=True)
class AliasForm:
    """How the helpline's aliases and bounce addresses are written.

    `c.<token>@domain` (the default) needs the whole alias domain routed to mailhandler:
    an MX, or a catch-all at a mail provider, which many make hard. Sub-addressing,
    `hulp+c.<token>@lumi.example`, needs only the helpline's own mailbox: providers
    deliver every `hulp+anything@` into it, where the IMAP fetcher reads it.
    """

    domain: str  # where alias and bounce addresses live
    message_id_domain: str  # our Message-IDs: always helpline.domain
    mailbox: str | None = None  # "hulp": sub-addresses of hulp@domain; None: c.<token>@domain

    def _address(self, local: str) -> str:
        if self.mailbox is None:
            return f"{local}@{self.domain}"
        return f"{self.mailbox}{SUBADDRESS_SEPARATOR}{local}@{self.domain}"

    def _local_of(self, address: str) -> str | None:
        local, _, addr_domain = address.lower().rpartition("@")
        if addr_domain != self.domain.lower():
            return None
        if self.mailbox is None:
            return local
        mailbox, separator, detail = local.partition(SUBADDRESS_SEPARATOR)
        return detail if separator and mailbox == self.mailbox.lower() else None

    def address(self, token: str) -> str:
        return self._address(ALIAS_PREFIX + token)

    def token_of(self, address: str) -> str | None:
        """The token in one of our alias addresses, if it is one (authenticity not checked)."""
        local = self._local_of(address)
        if local is None or not local.startswith(ALIAS_PREFIX):
            return None
        return local[len(ALIAS_PREFIX):]

    def bounce_address(self, message_id: str) -> str:
        """The envelope sender (VERP) of a mail we send: a delivery report to it names the mail.

        It is built from our own random Message-ID, so it says nothing about anyone, and
        a report can be matched even when the remote server strips the original.
        """
        return self._address(BOUNCE_PREFIX + message_id.strip("<>").partition("@")[0])

    def names_us(self, address: str, own_addresses: frozenset[str]) -> bool:
        """Whether mail to `address` is for us: one of our addresses, an alias or a bounce
        address, as written (whether that alias or bounce address is live is the store's)."""
        return (address in own_addresses or self.token_of(address) is not None
                or self.message_id_of_bounce(address) is not None)

    def message_id_of_bounce(self, address: str) -> str | None:
        local = self._local_of(address)
        if local is None or not local.startswith(BOUNCE_PREFIX):
            return None
        token = local[len(BOUNCE_PREFIX):]
        if not re.fullmatch(r"[a-z2-7]{24}", token):
            return None
        return f"<{token}@{self.message_id_domain.lower()}>"
