"""Big attachments written into a composed mail after the email package wrote the rest.

The email package base64-encodes an attachment into a list of line strings, joins
them, and as it writes the mail splits them into lines again and gathers them in a
buffer that is then copied out: about four bytes of memory per byte of a composed
mail at its peak, for a forward with a 25 MB attachment some 100 MB. Instead the
package gets a short stand-in (a random marker) for each big attachment, writes the
mail, and the marker's base64 line is then replaced by the attachment's base64, which
is written straight into one buffer of the mail's final size. The bytes are what the
package writes (76-character lines, CRLF), so the result is the same mail.

Or never whole at all: splice() gives the mail as a Spliced value, which hands out its
bytes a piece at a time (the store seals them into their row as they come), so that a
forward of a 25 MiB attachment is not held as 34 MB of base64 beside the mail it came
from and the attachment itself.
"""

from __future__ import annotations

import binascii
import secrets
from collections.abc import Iterator

# Smaller attachments go the email package's way: nothing to gain.
BIG_PART_BYTES = 256 * 1024
_LINE = 57  # bytes per base64 line of 76 characters (the SMTP policy's 78 less CRLF)
_BLOCK = _LINE * 1024


def encoded_size(size: int) -> int:
    """The length of `size` bytes in base64 lines of 76 characters, each with CRLF."""
    full, rest = divmod(size, _LINE)
    return full * 78 + ((rest + 2) // 3 * 4 + 2 if rest else 0)


class BigParts:
    """Stand-ins for the big attachments of one mail, then the mail with them put in."""

    def __init__(self) -> None:
        self._parts: list[tuple[bytes, bytes]] = []  # (marker's base64 line, attachment)

    def stand_in(self, data: bytes) -> bytes:
        """What to give the email package for this attachment: itself when small."""
        if len(data) < BIG_PART_BYTES:
            return data
        marker = f"mailhandler big part {secrets.token_hex(12)}".encode()
        assert len(marker) <= _LINE  # one line of base64
        line = binascii.b2a_base64(marker, newline=False) + b"\r\n"
        self._parts.append((line, data))
        return marker

    def put_in(self, data: bytes) -> bytes:
        """The mail the package wrote, with each marker line replaced by its attachment.

        A marker is random (no sender can write it into their text); one that is not
        found exactly once, at a line start, is refused all the same (ValueError).
        Returned as the buffer it was written into (bytes-like; nobody changes it).
        """
        if not self._parts:
            return data
        return Spliced(data, self._places(data)).whole()

    def splice(self, data: bytes) -> bytes | Spliced:
        """As put_in(), but a mail with big attachments comes as a Spliced value: its
        bytes a piece at a time, never whole (ValueError as put_in)."""
        if not self._parts:
            return data
        return Spliced(data, self._places(data))

    def _places(self, data: bytes) -> list[tuple[int, bytes, bytes]]:
        places = []
        for line, part in self._parts:
            at = data.find(b"\n" + line)
            if at < 0 or data.find(b"\n" + line, at + 1) >= 0:
                raise ValueError("a big attachment's place in the mail is not clear")
            places.append((at + 1, line, part))
        places.sort(key=lambda place: place[0])
        return places


class Spliced:
    """A composed mail with its big attachments put in as it is read: len() is its size,
    pieces() its bytes in order, bytes() or whole() the mail in one buffer."""

    def __init__(self, data: bytes, places: list[tuple[int, bytes, bytes]]) -> None:
        self._data = data  # the mail as the package wrote it, markers in it
        self._places = places  # (where a marker line starts, the line, the attachment)
        self._size = len(data) + sum(encoded_size(len(part)) - len(line)
                                     for _, line, part in places)

    def __len__(self) -> int:
        return self._size

    def __bytes__(self) -> bytes:
        return bytes(self.whole())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Spliced):
            return self.whole() == other.whole()
        if isinstance(other, bytes | bytearray | memoryview):
            return self.whole() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(bytes(self.whole()))  # by content, as __eq__

    def pieces(self) -> Iterator[bytes]:
        """The mail's bytes, in pieces of at most some 80 KB (an attachment's base64)."""
        source = memoryview(self._data)
        read = 0
        for at, line, part in self._places:
            yield bytes(source[read:at])
            view = memoryview(part)
            for start in range(0, len(part), _BLOCK):
                encoded = binascii.b2a_base64(view[start:start + _BLOCK], newline=False)
                yield b"".join(encoded[i:i + 76] + b"\r\n" for i in range(0, len(encoded), 76))
            view.release()
            read = at + len(line)
        yield bytes(source[read:])
        source.release()

    def whole(self) -> bytes:
        """The mail in one buffer of its size (bytes-like; nobody changes it)."""
        places = self._places
        data = self._data
        out = bytearray(self._size)
        target = memoryview(out)
        source = memoryview(data)
        written = read = 0
        for at, line, part in places:
            target[written:written + at - read] = source[read:at]
            written += at - read
            written = _write_base64(target, written, part)
            read = at + len(line)
        target[written:] = source[read:]
        target.release()
        source.release()
        return out  # type: ignore[return-value]


def _write_base64(target: memoryview, at: int, data: bytes) -> int:
    """Write `data` as base64 lines at `at`; where they end."""
    view = memoryview(data)
    for start in range(0, len(data), _BLOCK):
        encoded = binascii.b2a_base64(view[start:start + _BLOCK], newline=False)
        for line in range(0, len(encoded), 76):
            piece = encoded[line:line + 76]
            target[at:at + len(piece)] = piece
            target[at + len(piece):at + len(piece) + 2] = b"\r\n"
            at += len(piece) + 2
    view.release()
    return at
