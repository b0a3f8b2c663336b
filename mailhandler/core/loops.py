"""Mail loops: recognise our own mail coming back, before it can start anything.

Everything the helpline sends carries `X-Loop: <helpline address>` (added as it
leaves, outbound/signing.py), and a forward also carries the X-Loop markers of the
mail it forwards, so a marker survives a round through another helpline that
relays the same way. A mail that comes in with our marker, or with one of our own
Message-IDs (a volunteer's rule redirecting our forward), or after more hops than
any honest path takes, is a loop: it is kept for coordinators and nothing answers
or forwards it.
"""

from __future__ import annotations

from email.message import Message
from email.utils import getaddresses

from mailhandler.core.message import is_one_address

# RFC 5321 §6.3 suggests a hop limit "in the neighbourhood of" 100 for relays; a mail
# that reaches a person after more than 30 has been going round in circles.
MAX_RECEIVED = 30
# At most this many foreign markers travel on in a forward: enough for any honest chain.
MAX_MARKERS = 5


def _values(message: Message, name: str) -> list[str]:
    try:
        items = list(message.raw_items())
    except Exception:
        return []
    return [str(v).replace("\r", "").replace("\n", " ").strip()
            for k, v in items if str(k).lower() == name.lower()]


def loop_markers(message: Message) -> list[str]:
    """The plain addresses named by X-Loop headers, lower-case."""
    found: list[str] = []
    for value in _values(message, "X-Loop"):
        try:
            pairs = getaddresses([value])
        except Exception:
            continue
        found.extend(a.lower() for _, a in pairs if a and is_one_address(a))
    return list(dict.fromkeys(found))


def loop_reason(message: Message, helpline_address: str, our_message_id: bool) -> str | None:
    """Why this mail is a loop ("loop-marker", "own-message", "hop-limit"), or None."""
    if helpline_address.lower() in loop_markers(message):
        return "loop-marker"
    if our_message_id:
        return "own-message"
    if len(_values(message, "Received")) > MAX_RECEIVED:
        return "hop-limit"
    return None


def markers_to_carry(message: Message, helpline_address: str,
                     sender_addresses: tuple[str, ...]) -> tuple[str, ...]:
    """The foreign X-Loop markers a forward passes on (never an address of the sender:
    someone's own procmail marker would otherwise reach the volunteers)."""
    own = {helpline_address.lower(), *(a.lower() for a in sender_addresses)}
    return tuple(m for m in loop_markers(message) if m not in own)[:MAX_MARKERS]
