"""Recognise automatic mail, which the helpline must never answer.

Answering a machine is at best noise and at worst a mail loop: two autoresponders
acknowledging each other until a quota runs out is the most reported bug in the
helpdesk trackers we learned from (FreeScout, Zammad). RFC 3834 §2 says when an
automatic response must not be sent, RFC 5230 §4.6 (the Sieve "vacation" action)
adds the sender addresses of list software and mailer daemons, and common practice
(Zammad, osTicket, RT, Microsoft Exchange) adds a few headers of its own.

A mail that matches a rule is still stored and, where a human wrote it, forwarded:
the rules only decide whether the helpline sends its automatic confirmation. We
never guess from the subject ("Out of office", "Afwezig"): a help-seeker may write
exactly that, and a missed confirmation costs them the privacy warning it carries.

Everything here is pure and must never raise on hostile or broken input. Header
values are read with ``Message.raw_items()``, which skips the policy's header
parser (``email.policy.default`` can raise on malformed structured headers) and
works the same for ``compat32`` and ``default`` messages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from email.utils import getaddresses

from mailhandler.core.message import is_own_address

Check = Callable[[Message, str, frozenset[str], str], bool]


@dataclass(frozen=True)
class Rule:
    """One reason to treat a mail as automatic.

    ``name`` is a stable kebab-case id, fit for logs and counters (it never holds
    anything taken from the mail). ``check`` gets the message, the SMTP envelope
    sender ("" for the null sender ``<>``), the helpline's own lower-case addresses
    and its alias domain.
    """

    name: str
    check: Check


# --- safe access to headers and addresses -------------------------------------------------


def _header_values(message: Message, name: str) -> list[str]:
    """All values of header ``name``, unfolded; a header that cannot be read is skipped."""
    wanted = name.lower()
    values: list[str] = []
    try:
        items = list(message.raw_items())
    except Exception:  # a message object broken beyond reading: nothing to see
        return values
    for key, value in items:
        try:
            if str(key).lower() == wanted:
                values.append(str(value).replace("\r", "").replace("\n", ""))
        except Exception:  # e.g. a compat32 Header that cannot be turned into text
            continue
    return values


def _header_names(message: Message) -> list[str]:
    """The lower-case names of all headers present."""
    try:
        return [str(key).lower() for key, _ in message.raw_items()]
    except Exception:
        return []


_COMMENT = re.compile(r"\([^()]*\)")


def _keyword(value: str) -> str:
    """The first token of a structured value: comments and ``;`` parameters dropped."""
    return _COMMENT.sub(" ", value).split(";", 1)[0].strip().lower()


def _sender_addresses(message: Message, envelope_from: str) -> list[str]:
    """Lower-case envelope sender (unless null) and every address in the From header(s).

    The raw From value is parsed, not its RFC 2047 decoding: a decoded display name
    could smuggle in something that looks like an address.
    """
    addresses: list[str] = []
    envelope = (envelope_from or "").strip().strip("<>").strip()
    if envelope:
        addresses.append(envelope.lower())
    try:
        parsed = getaddresses(_header_values(message, "From"))
    except Exception:
        parsed = []
    addresses.extend(address.strip().lower() for _, address in parsed if address.strip())
    return addresses


def _split(address: str) -> tuple[str, str]:
    """(local part without quotes or ``+detail``, domain); no ``@`` means all local part."""
    local, _, domain = address.rpartition("@") if "@" in address else (address, "", "")
    local = local.strip('"').split("+", 1)[0]
    return local, domain.strip().rstrip(".")


# --- the rules ----------------------------------------------------------------------------


def _auto_submitted(message: Message, envelope_from: str, own: frozenset[str], domain: str) -> bool:
    """RFC 3834 §2 and §5: any ``Auto-Submitted`` other than ``no`` (auto-generated,
    auto-replied, auto-notified, or unknown future keywords). ``no`` means a human wrote
    it, exactly as if the header were absent; FreeScout wrongly treats it as automatic.
    """
    return any(_keyword(value) != "no" for value in _header_values(message, "Auto-Submitted"))


def _null_sender(message: Message, envelope_from: str, own: frozenset[str], domain: str) -> bool:
    """RFC 3834 §2 / RFC 5321 §4.5.5: a null return path must never be answered; it is
    how bounces, DSNs and well-behaved autoresponders announce themselves."""
    return (envelope_from or "").strip() in ("", "<>")


def _multipart_report(
    message: Message, envelope_from: str, own: frozenset[str], domain: str
) -> bool:
    """RFC 6522: bounces (DSN, RFC 3464) and read receipts (MDN, RFC 8098) are
    ``multipart/report``; a machine or mail client wrote them, not a person."""
    values = _header_values(message, "Content-Type")
    return bool(values) and "".join(_keyword(values[0]).split()) == "multipart/report"


def _own_sender(message: Message, envelope_from: str, own: frozenset[str], domain: str) -> bool:
    """Mail from the helpline itself (its addresses, or any address in its alias domain)
    coming back in is a loop in the making; answering it would feed the loop."""
    return any(is_own_address(address, own, domain)
               for address in _sender_addresses(message, envelope_from))


def _list_header(message: Message, envelope_from: str, own: frozenset[str], domain: str) -> bool:
    """RFC 2369 / RFC 2919 ``List-*`` headers mean the mail went to a list: answering
    would reach the list (or its owner), not a help-seeker."""
    return any(name.startswith("list-") for name in _header_names(message))


def _precedence(message: Message, envelope_from: str, own: frozenset[str], domain: str) -> bool:
    """``Precedence: bulk|list|junk``: not standardised, but set by list software and
    newsletters for decades and honoured by vacation(1), Zammad, osTicket and RT."""
    return any(
        _keyword(value) in ("bulk", "list", "junk")
        for value in _header_values(message, "Precedence")
    )


_SUPPRESS = frozenset({"all", "autoreply", "oof"})


def _auto_response_suppress(
    message: Message, envelope_from: str, own: frozenset[str], domain: str
) -> bool:
    """Microsoft's ``X-Auto-Response-Suppress`` (comma-separated): ``All``, ``AutoReply``
    or ``OOF`` ask us not to answer. ``DR``, ``NDR``, ``RN``, ``NRN`` only concern
    receipts and ``None`` asks nothing, so those alone are not a reason."""
    return any(
        token.strip().lower() in _SUPPRESS
        for value in _header_values(message, "X-Auto-Response-Suppress")
        for token in _keyword(value).split(",")
    )


def _mailer_daemon_sender(
    message: Message, envelope_from: str, own: frozenset[str], domain: str
) -> bool:
    """RFC 5230 §4.6: MAILER-DAEMON and postmaster send bounces and system notices."""
    return any(
        _split(address)[0] in ("mailer-daemon", "postmaster")
        for address in _sender_addresses(message, envelope_from)
    )


def _is_list_manager(local: str) -> bool:
    return (
        local in ("listserv", "majordomo")
        or local.startswith("owner-")
        or local.endswith(("-request", "-owner", "-bounces"))
    )


def _list_manager_sender(
    message: Message, envelope_from: str, own: frozenset[str], domain: str
) -> bool:
    """RFC 5230 §4.6: LISTSERV, majordomo, ``owner-*`` and ``*-request`` are list
    software; Mailman's ``*-owner`` and ``*-bounces`` are the same thing today."""
    return any(
        _is_list_manager(_split(address)[0])
        for address in _sender_addresses(message, envelope_from)
    )


_NOREPLY = re.compile(r"(?:no|do[-_.]?not|dont)[-_.]?reply(?:[-_.].*)?")


def _noreply_sender(message: Message, envelope_from: str, own: frozenset[str], domain: str) -> bool:
    """A ``noreply@`` / ``no-reply@`` / ``donotreply@`` sender says in its own name that
    nobody reads replies (also ``noreply-dmarc@``-style variants)."""
    return any(
        _NOREPLY.fullmatch(_split(address)[0])
        for address in _sender_addresses(message, envelope_from)
    )


def _present(header: str) -> Check:
    """A check that fires when ``header`` is present at all, whatever its value."""

    def check(message: Message, envelope_from: str, own: frozenset[str], domain: str) -> bool:
        return bool(_header_values(message, header))

    check.__doc__ = f"``{header}`` present: set by autoresponders (common practice)."
    return check


AUTOMATIC_RULES: tuple[Rule, ...] = (
    Rule("auto-submitted", _auto_submitted),
    Rule("null-sender", _null_sender),
    Rule("multipart-report", _multipart_report),
    Rule("own-sender", _own_sender),
    Rule("list-header", _list_header),
    Rule("precedence", _precedence),
    Rule("auto-response-suppress", _auto_response_suppress),
    Rule("mailer-daemon-sender", _mailer_daemon_sender),
    Rule("list-manager-sender", _list_manager_sender),
    Rule("noreply-sender", _noreply_sender),
    Rule("x-autoreply", _present("X-Autoreply")),
    Rule("x-autorespond", _present("X-Autorespond")),
    Rule("x-autogenerated", _present("X-Autogenerated")),
    # procmail, RT and list software stamp X-Loop on what they send out; seeing one
    # means the mail already passed through an automaton.
    Rule("x-loop", _present("X-Loop")),
)


def automatic_reason(
    message: Message, envelope_from: str, own_addresses: frozenset[str], own_domain: str
) -> str | None:
    """Name of the first rule that marks this mail as automatic (never to be answered), or None.

    ``envelope_from`` is the SMTP MAIL FROM without angle brackets, "" for the null
    sender. The rules are checked in the order of ``AUTOMATIC_RULES``, standards first.
    """
    for rule in AUTOMATIC_RULES:
        if rule.check(message, envelope_from, own_addresses, own_domain):
            return rule.name
    return None
