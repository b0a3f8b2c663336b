"""Conversation aliases and pseudonyms.

A volunteer answers a conversation by writing to its alias, `c.<token>@<domain>`.
The token is a random part plus an HMAC of it under the helpline's secret, 100 bits
in all: nobody can make up a valid alias, and one that was never issued is
refused at RCPT time without even asking the database. The token is a capability,
so logs use the conversation's short pseudonym instead.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re

ALIAS_PREFIX = "c."
_RANDOM_CHARS = 8  # 40 bits
_MAC_CHARS = 12  # 60 bits
_TOKEN = re.compile(rf"^[a-z2-7]{{{_RANDOM_CHARS + _MAC_CHARS}}}$")
_PSEUDONYM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud on the phone


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode().rstrip("=").lower()


def _mac(secret: bytes, random_part: str) -> str:
    return _b32(hmac.new(secret, b"alias:" + random_part.encode(), hashlib.sha256).digest())[
        :_MAC_CHARS
    ]


def new_token(secret: bytes) -> str:
    random_part = _b32(os.urandom(5))[:_RANDOM_CHARS]
    return random_part + _mac(secret, random_part)


def token_is_authentic(secret: bytes, token: str) -> bool:
    if not _TOKEN.match(token):
        return False
    random_part, mac = token[:_RANDOM_CHARS], token[_RANDOM_CHARS:]
    return hmac.compare_digest(mac, _mac(secret, random_part))


def alias_address(token: str, domain: str) -> str:
    return f"{ALIAS_PREFIX}{token}@{domain}"


def token_of(address: str, domain: str) -> str | None:
    """The token in an alias address of our domain, if it is one (authenticity not checked)."""
    local, _, addr_domain = address.lower().rpartition("@")
    if addr_domain != domain.lower() or not local.startswith(ALIAS_PREFIX):
        return None
    return local[len(ALIAS_PREFIX):]


def new_pseudonym() -> str:
    raw = os.urandom(6)
    return "".join(_PSEUDONYM_ALPHABET[b % len(_PSEUDONYM_ALPHABET)] for b in raw)


BOUNCE_PREFIX = "b."


def new_message_id(domain: str) -> str:
    return f"<{_b32(os.urandom(15))}@{domain}>"


def bounce_address(message_id: str, domain: str) -> str:
    """The envelope sender (VERP) of a mail we send: a delivery report to it names the mail.

    It is built from our own random Message-ID, so it says nothing about anyone, and
    a report can be matched even when the remote server strips the original.
    """
    local = message_id.strip("<>").partition("@")[0]
    return f"{BOUNCE_PREFIX}{local}@{domain}"


def message_id_of_bounce(address: str, domain: str) -> str | None:
    local, _, addr_domain = address.lower().rpartition("@")
    if addr_domain != domain.lower() or not local.startswith(BOUNCE_PREFIX):
        return None
    token = local[len(BOUNCE_PREFIX):]
    if not re.fullmatch(r"[a-z2-7]{24}", token):
        return None
    return f"<{token}@{domain.lower()}>"
