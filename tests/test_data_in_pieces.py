"""DATA taken as it comes, not a line at a time, reads exactly what the line-by-line reading read.

The reference below is the SMTP edge's DATA reading as it was (aiosmtpd's, with the
over-long line counted and thrown away piece by piece): a line at a time, the dot a
client doubled taken off, the end at CRLF.CRLF only. Random streams heavy in dots, CRs,
LFs and long lines, arriving in random pieces, must give the same mail, the same
refusal and leave the same bytes (the client's next command) in the reader.
"""

from __future__ import annotations

import asyncio
import random

import pytest

from mailhandler.inbound.smtp import _ClockResettingReader, _DataLines, _DataStream

LINE_LIMIT = 1001
TOO_LONG = "500 Line too long (see RFC5321 4.5.3.1.6)"
TOO_BIG = "552 Error: Too much mail data"
NEXT_COMMAND = b"QUIT\r\n"


async def _line_by_line(reader: asyncio.StreamReader, size_limit: int | None,
                        ) -> tuple[bytes, str | None]:
    data = bytearray()
    size, mid_line, refusal = 0, False, None
    while True:
        try:
            line = await reader.readuntil(b"\r\n")
        except asyncio.LimitOverrunError as exc:
            refusal = refusal or TOO_LONG
            data.clear()
            line = await reader.read(exc.consumed)
        if not mid_line and line == b".\r\n":
            break
        size += len(line)
        if refusal is None and size_limit and size > size_limit:
            refusal = TOO_BIG
            data.clear()
        if not line.endswith(b"\r\n"):
            mid_line = True
            refusal = refusal or TOO_LONG
            data.clear()
            continue
        if mid_line:
            mid_line = False
            continue
        if refusal is not None:
            continue
        if len(line) > LINE_LIMIT:
            refusal = TOO_LONG
            data.clear()
            continue
        data += line[1:] if line.startswith(b".") else line
    return bytes(data), refusal


async def _as_it_comes(reader: asyncio.StreamReader, size_limit: int | None,
                       ) -> tuple[bytes, str | None]:
    lines = _DataLines(LINE_LIMIT, size_limit)
    stream = _DataStream(_ClockResettingReader(reader, lambda: None))
    data = bytearray()
    while True:
        piece, last = await stream.next()
        kept = lines.feed(piece)
        data = bytearray() if lines.refusal else data + kept
        if last:
            return bytes(data), lines.refusal


def _stream(rng: random.Random) -> bytes:
    """Lines of dots, CRs, LFs and letters, some past the limit, then the end and a command."""
    lines = []
    for _ in range(rng.randint(0, 12)):
        length = rng.choice((0, 1, 2, 3, 5, 40, 997, 998, 999, 1000, 1500, 2500))
        lines.append(bytes(rng.choice(b"..\r\naaaaaaa") for _ in range(length)) + b"\r\n")
    return b"".join(lines) + b".\r\n" + NEXT_COMMAND


async def _read(stream: bytes, how, size_limit: int | None, cuts: list[int]):  # type: ignore[no-untyped-def]
    reader = asyncio.StreamReader(limit=LINE_LIMIT)

    async def arrive() -> None:
        start = 0
        for cut in [*cuts, len(stream)]:
            reader.feed_data(stream[start:cut])
            start = cut
            await asyncio.sleep(0)
        reader.feed_eof()

    arriving = asyncio.create_task(arrive())
    outcome = await how(reader, size_limit)
    await arriving
    return outcome, await reader.read()


@pytest.mark.parametrize("size_limit", [None, 3000])
def test_data_read_as_it_comes_is_the_data_read_line_by_line(size_limit: int | None) -> None:
    rng = random.Random(19)
    for _ in range(1500):
        stream = _stream(rng)
        cuts = sorted(rng.sample(range(1, len(stream)), min(len(stream) - 1, rng.randint(0, 6))))
        expected, rest = asyncio.run(_read(stream, _line_by_line, size_limit, cuts))
        got, got_rest = asyncio.run(_read(stream, _as_it_comes, size_limit, cuts))
        assert got_rest == rest, stream
        assert got[0] == expected[0], stream
        if size_limit is None:
            assert got[1] == expected[1], stream
        else:  # both limits crossed in one piece: either reply is right
            assert (got[1] is None) == (expected[1] is None), stream


@pytest.mark.parametrize(("stream", "data"), [
    (b".\r\n", b""),  # an empty mail
    (b"\r\n.\r\n", b"\r\n"),
    (b"..\r\n.\r\n", b".\r\n"),  # a doubled dot, taken off
    (b"a\r\n..b\r\n.\r\n", b"a\r\n.b\r\n"),
    (b"a\n.\r\nb\r\n.\r\n", b"a\n.\r\nb\r\n"),  # a bare LF before the dot ends nothing
    (b"a\r\n.\nb\r\n.\r\n", b"a\r\n\nb\r\n"),
])
def test_the_data_ends_at_crlf_dot_crlf_only_and_doubled_dots_are_taken_off(
        stream: bytes, data: bytes) -> None:
    got, rest = asyncio.run(_read(stream + NEXT_COMMAND, _as_it_comes, None, []))
    assert got == (data, None)
    assert rest == NEXT_COMMAND
