"""A big mail is sealed on disk as it arrives, survives a crash the way a small one does,
and reaches the volunteers whole; sealing and parsing it give what the plain way gives.

The memory figures themselves are measured in tests/benchmarks/memory.py, not here.
"""

from __future__ import annotations

import base64
import contextlib
import io
import os
import random
import re
import socket
import sqlite3
import struct
from email.message import EmailMessage
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag

from mailhandler.core import message as message_module
from mailhandler.core.big_parts import BIG_PART_BYTES, BigParts
from mailhandler.core.message import parse
from mailhandler.inbound.spool import SPOOL_THRESHOLD, remove_leftovers
from mailhandler.store.vault import (
    SEALED_CHUNK,
    SEALED_HEADER_BYTES,
    is_sealed,
)
from tests import queries
from tests.conftest import (
    HELPLINE,
    Daemon,
    Smarthost,
    add_volunteers,
    team_forwards,
    wait_for,
    wait_team_forwards,
)

SEEKER = "noor.jansen@gezin-jansen.example"


def wav(size: int, seed: int) -> bytes:
    """A WAV recording of noise, `size` bytes of samples and no metadata: the attachment
    cleaner forwards it byte for byte (random bytes of no known kind it would withhold)."""
    samples = random.Random(seed).randbytes(size)
    fmt = struct.pack("<HHIIHH", 1, 2, 44_100, 44_100 * 4, 4, 16)
    body = (b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
            + b"data" + struct.pack("<I", len(samples)) + samples)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def big_mail(seeker: str, payload: bytes, boundary: str = "=_grens") -> bytes:
    """A help-seeker's mail with `payload` as a base64 WAV attachment, CRLF lines."""
    head = (f"From: {seeker}\r\nTo: {HELPLINE}\r\nSubject: mijn tekeningen\r\n"
            f"Message-ID: <tekeningen-{len(payload)}@gezin-jansen.example>\r\n"
            f'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="{boundary}"\r\n'
            f"\r\n--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            "Ik stuur mijn tekeningen mee, kunnen jullie kijken?\r\n"
            f"--{boundary}\r\nContent-Type: audio/wav\r\n"
            'Content-Disposition: attachment; filename="opname.wav"\r\n'
            "Content-Transfer-Encoding: base64\r\n\r\n")
    body = base64.encodebytes(payload).replace(b"\n", b"\r\n")
    return head.encode() + body + f"--{boundary}--\r\n".encode()


def attachment_of(message: EmailMessage) -> bytes | None:
    for part in message.walk():
        if part.get_content_type() == "audio/wav":
            data = part.get_payload(decode=True)
            return data if isinstance(data, bytes) else None
    return None


# --- sealing: the chunked format -------------------------------------------------------------


@pytest.fixture
def vault(context):  # -> (Vault, key id)
    key = context.store.key_id()
    return context.store.vault, key


def _seal(vault, key: int, data: bytes, step: int = 7_777) -> bytes:
    sealer = vault.sealer(key)
    out = [sealer.header]
    for at in range(0, len(data), step):
        out.append(sealer.update(data[at:at + step]))
    out.append(sealer.close())
    return b"".join(out)


@pytest.mark.parametrize("size", [0, 1, SEALED_CHUNK - 1, SEALED_CHUNK, SEALED_CHUNK + 1,
                                  3 * SEALED_CHUNK + 5])
def test_a_sealed_value_decrypts_to_its_plaintext_whole_or_streamed(vault, size: int) -> None:
    store_vault, key = vault
    data = random.Random(size).randbytes(size)
    sealed = _seal(store_vault, key, data)
    assert is_sealed(sealed)
    assert bytes(store_vault.decrypt(key, sealed)) == data
    assert b"".join(store_vault.unseal_stream(key, io.BytesIO(sealed))) == data


def test_the_one_piece_format_is_still_read(vault) -> None:
    store_vault, key = vault
    blob = store_vault.encrypt(key, b"een oude mail")
    assert not is_sealed(blob)
    assert store_vault.decrypt(key, blob) == b"een oude mail"


def test_a_cut_reordered_or_changed_sealed_value_is_refused(vault) -> None:
    store_vault, key = vault
    data = random.Random(1).randbytes(3 * SEALED_CHUNK + 100)
    sealed = _seal(store_vault, key, data)
    piece = SEALED_CHUNK + 16
    chunks = [sealed[SEALED_HEADER_BYTES + i * piece:SEALED_HEADER_BYTES + (i + 1) * piece]
              for i in range(4)]
    header = sealed[:SEALED_HEADER_BYTES]
    cut_at_a_chunk = header + b"".join(chunks[:3])
    swapped = header + chunks[1] + chunks[0] + chunks[2] + chunks[3]
    flipped = bytearray(sealed)
    flipped[SEALED_HEADER_BYTES + 5] ^= 1
    for bad in (cut_at_a_chunk, swapped, bytes(flipped), sealed[:-1]):
        with pytest.raises(InvalidTag):
            store_vault.decrypt(key, bad)


def test_old_spool_files_are_removed_and_fresh_ones_kept(tmp_path: Path) -> None:
    old, fresh, other = (tmp_path / "data-old.sealed", tmp_path / "data-new.sealed",
                         tmp_path / "notes.txt")
    for path in (old, fresh, other):
        path.write_bytes(b"x")
    os.utime(old, (1_000_000, 1_000_000))
    assert remove_leftovers(tmp_path) == 1
    assert not old.exists() and fresh.exists() and other.exists()


# --- parsing: big bodies set aside give what the plain parser gives ---------------------------


def _plain_parse(raw: bytes) -> EmailMessage:
    return message_module._parse(raw)


def _same(a: EmailMessage, b: EmailMessage) -> None:
    parts_a, parts_b = list(a.walk()), list(b.walk())
    assert [p.get_content_type() for p in parts_a] == [p.get_content_type() for p in parts_b]
    for x, y in zip(parts_a, parts_b, strict=True):
        assert x.get_payload(decode=True) == y.get_payload(decode=True)
        if not x.is_multipart():
            assert x.get_payload() == y.get_payload()
        assert x.preamble == y.preamble and x.epilogue == y.epilogue
        assert x.items() == y.items()


def test_a_big_attachment_parses_as_the_plain_parser_reads_it() -> None:
    payload = random.Random(2).randbytes(600_000)
    raw = big_mail(SEEKER, payload)
    message = parse(raw)
    assert message_module._set_aside(raw) is not None  # the way under test was taken
    _same(message, _plain_parse(raw))
    assert attachment_of(message) == payload


def test_two_big_attachments_a_nested_mail_and_a_preamble_parse_as_plainly() -> None:
    rng = random.Random(3)
    one, two, inner_payload = rng.randbytes(200_000), rng.randbytes(90_000), rng.randbytes(80_000)
    inner = big_mail("binnen@gezin-jansen.example", inner_payload, "=_binnen")
    preamble = base64.encodebytes(rng.randbytes(70_000)).replace(b"\n", b"\r\n")
    raw = (b"From: " + SEEKER.encode() + b"\r\nTo: " + HELPLINE.encode() + b"\r\n"
           b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
           + preamble +
           b"--b\r\nContent-Type: application/octet-stream\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\n"
           + base64.encodebytes(one).replace(b"\n", b"\r\n") +
           b"--b\r\nContent-Type: message/rfc822\r\n\r\n" + inner +
           b"--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + base64.encodebytes(two) +  # LF lines: what a sloppy client sends
           b"--b--\r\n")
    aside = message_module._set_aside(raw)
    assert aside is not None and len(aside[1]) == 4
    _same(parse(raw), _plain_parse(raw))


def test_a_mail_that_holds_the_set_aside_token_is_parsed_the_plain_way() -> None:
    payload = random.Random(4).randbytes(100_000)
    raw = big_mail(SEEKER, payload).replace(
        b"kunnen jullie kijken?", b"\x00mailhandler-aside-0\x00 kunnen jullie kijken?")
    assert message_module._set_aside(raw) is None
    message = parse(raw)
    _same(message, _plain_parse(raw))
    assert attachment_of(message) == payload


def test_bad_base64_in_a_big_part_decodes_as_the_stdlib_decodes_it() -> None:
    raw = big_mail(SEEKER, random.Random(5).randbytes(100_000)).replace(
        b"--=_grens--", b"QUJD\r\n--=_grens--")  # a last line of bad padding
    _same(parse(raw), _plain_parse(raw))


# --- the daemon: spooled, crash-safe, delivered whole ---------------------------------------

LIMIT = 30 * 1024 * 1024


def _big_daemon(make_daemon) -> Daemon:
    daemon: Daemon = make_daemon()
    daemon.config.write_text(daemon.config.read_text().replace(
        "max_message_bytes = 1048576", f"max_message_bytes = {LIMIT}"))
    add_volunteers(daemon.config)
    return daemon


def _begin_data(daemon: Daemon, seeker: str) -> tuple[socket.socket, io.BufferedReader]:
    sock = socket.create_connection(("127.0.0.1", daemon.port), timeout=30)
    reader = sock.makefile("rb")
    reader.readline()
    for command in (b"HELO client.example\r\n", f"MAIL FROM:<{seeker}>\r\n".encode(),
                    f"RCPT TO:<{HELPLINE}>\r\n".encode(), b"DATA\r\n"):
        sock.sendall(command)
        assert reader.readline()[:1] in (b"2", b"3")
    return sock, reader


def _spool_files(daemon: Daemon) -> list[Path]:
    return sorted((daemon.config.parent / "var" / "spool").glob("data-*.sealed"))


def _inbound_count(daemon: Daemon) -> int:
    return queries.inbox_count(daemon)


@pytest.mark.slow
def test_a_big_mail_is_sealed_in_the_spool_and_a_crash_before_the_250_loses_nothing(
        make_daemon, smarthost: Smarthost) -> None:
    daemon = _big_daemon(make_daemon).start()
    payload = wav(3 * SPOOL_THRESHOLD, 6)
    raw = big_mail(SEEKER, payload)
    sock, reader = _begin_data(daemon, SEEKER)
    with sock:
        sock.sendall(raw[: 2 * len(raw) // 3])  # past the threshold, not at its end

        def spooled_enough() -> bool:
            files = _spool_files(daemon)
            return bool(files) and files[0].stat().st_size > SPOOL_THRESHOLD
        wait_for(spooled_enough, 20, "the mail to be spooled")
        killed_sessions_file = _spool_files(daemon)[0]
        sealed = killed_sessions_file.read_bytes()
        assert is_sealed(sealed)
        # Neither the text nor any stretch of the attachment is there in the clear.
        assert b"kunnen jullie kijken" not in sealed
        sent = raw[len(raw) // 3: len(raw) // 3 + 4096]
        for at in range(0, len(sent) - 64, 512):
            assert sent[at:at + 64] not in sealed
        daemon.kill()  # before the 250: the sender keeps its copy
        with contextlib.suppress(ConnectionResetError):
            assert reader.read() == b""
    daemon.start()
    assert _inbound_count(daemon) == 0
    daemon.send(SEEKER, [HELPLINE], raw)  # the sender's retry
    smarthost.wait_to(SEEKER, timeout=60)
    forwards = wait_team_forwards(smarthost, 1, 60)
    assert len(forwards) == 1
    assert attachment_of(forwards[0].message) == payload
    assert _inbound_count(daemon) == 1
    # The retry's spool file went once the mail was in the database; the killed session's
    # (sealed, unreadable without the key) is young and left to a later start.
    assert _spool_files(daemon) == [killed_sessions_file]
    daemon.stop()


@pytest.mark.slow
def test_a_25_mib_mail_acknowledged_then_killed_reaches_the_volunteers_whole(
        make_daemon, smarthost: Smarthost) -> None:
    daemon = _big_daemon(make_daemon).start()
    payload = wav(25 * 1024 * 1024 * 3 // 4, 7)
    raw = big_mail(SEEKER, payload)
    assert len(raw) > 25 * 1024 * 1024 - 100_000
    daemon.send(SEEKER, [HELPLINE], raw)  # returns once the 250 came
    daemon.kill()
    assert _spool_files(daemon) == []  # stored in the database, its spool file gone
    # Raw SQL on purpose: the stored bytes as anyone holding the database file sees them.
    with contextlib.closing(sqlite3.connect(queries.database_file(daemon), timeout=30)) as conn:
        (stored,), = conn.execute("SELECT raw_enc FROM inbound_raw").fetchall()
    assert is_sealed(stored) and b"kunnen jullie kijken" not in stored
    daemon.start()
    smarthost.wait_to(SEEKER, timeout=120)
    forwards = wait_team_forwards(smarthost, 1, 300)
    assert len(forwards) == 1
    assert attachment_of(forwards[0].message) == payload
    daemon.stop()
    assert len(team_forwards(smarthost)) == 1


# --- composing: a big attachment is put in after the rest is written -----------------------


def _forward(attachment: bytes):  # -> Outgoing
    from datetime import UTC, datetime

    from mailhandler.core.attachments import Attachment
    from mailhandler.core.compose import compose

    return compose(kind="forward", envelope_from="b@lumi.example", from_name="Lumi",
                   from_address=HELPLINE, to_address="vera@vrijwilligers.example",
                   subject="Een vraag", text="Hallo Vera,\nzie de bijlage.",
                   message_id="<f1@lumi.example>", date=datetime(2026, 12, 6, tzinfo=UTC),
                   language="nl", attachments=(
                       Attachment("opname.wav", "audio/wav", attachment),
                       Attachment("klein.wav", "audio/wav", attachment[:1000])))


@pytest.mark.parametrize("size", [BIG_PART_BYTES, BIG_PART_BYTES + 1, BIG_PART_BYTES + 57,
                                  3 * BIG_PART_BYTES + 20])
def test_a_big_attachment_is_composed_into_the_same_mail_the_email_package_writes(
        monkeypatch, size: int) -> None:
    from mailhandler.core import big_parts

    data = random.Random(size).randbytes(size)
    spliced = _forward(data).data
    monkeypatch.setattr(big_parts, "BIG_PART_BYTES", 10 * size)  # the package's own way
    plain = _forward(data).data
    boundary = re.compile(rb"={5,}[0-9]+==")  # the package picks a random boundary per mail
    assert boundary.sub(b"B", bytes(spliced)) == boundary.sub(b"B", bytes(plain))
    assert b"mailhandler big part" not in bytes(spliced)
    # Handed out a piece at a time (as the store seals it), it is the same mail.
    assert b"".join(spliced.pieces()) == bytes(spliced)  # type: ignore[union-attr]
    assert len(spliced) == len(bytes(spliced))


def test_a_marker_found_twice_is_refused() -> None:
    parts = BigParts()
    marker = parts.stand_in(bytes(BIG_PART_BYTES))
    line = base64.b64encode(marker) + b"\r\n"
    with pytest.raises(ValueError):
        parts.put_in(b"a\r\n" + line + b"b\r\n" + line)
    with pytest.raises(ValueError):
        parts.put_in(b"a\r\nb\r\n")


# --- the store: sealed values in rows, on SQLite and PostgreSQL ------------------------------


def _store_round_trip(tmp_path: Path, database: str | None) -> None:
    """A spooled mail accepted, read back whole; a big outgoing mail enqueued, read back."""
    from sqlalchemy import select

    from mailhandler.config import load_config
    from mailhandler.context import open_context
    from mailhandler.core.compose import Outgoing
    from mailhandler.core.decision import InboxState
    from mailhandler.inbound.spool import Spool
    from mailhandler.store import inbox
    from mailhandler.store.models import OutboxItem, OutboxMessage
    from mailhandler.store.repository import Envelope
    from tests.conftest import free_port, write_config

    config = write_config(tmp_path, free_port(), f"maildir:{tmp_path / 'outbox'}",
                          database=database)
    ctx = open_context(load_config(config))
    try:
        store = ctx.store
        raw = big_mail(SEEKER, wav(2 * SPOOL_THRESHOLD, 8))
        key = store.key_id()
        spool = Spool(tmp_path / "spool", key, store.vault.sealer(key))
        spool.write(raw)
        sealed = spool.finish()
        [inbound_id] = store.accept_many([(sealed, Envelope(SEEKER, (HELPLINE,), None, None),
                                           "smtp")])
        stored = inbox.read(store, inbound_id, InboxState.NEW)
        assert stored is not None and bytes(stored.raw) == raw
        forward = bytes(random.Random(9).randbytes(3 * SPOOL_THRESHOLD))
        composed = _forward(random.Random(10).randbytes(2 * SPOOL_THRESHOLD))
        with store.transaction() as s:
            store.enqueue(s, Outgoing("forward", "b@lumi.example", "vera@vrijwilligers.example",
                                      "<f9@lumi.example>", forward), None)
            store.enqueue(s, composed, None)  # sealed as its pieces come
        with store.reading() as s:
            item, spliced = s.scalars(select(OutboxItem).order_by(OutboxItem.id)).all()
            sealed = s.scalars(select(OutboxMessage.message_enc)
                               .order_by(OutboxMessage.outbox_id)).first()
            assert sealed is not None and is_sealed(sealed)
            assert bytes(store.vault.decrypt(item.key_id, sealed)) == forward
            assert bytes(store.outgoing_message(s, item)) == forward
            assert bytes(store.outgoing_message(s, spliced)) == bytes(composed.data)
    finally:
        ctx.store.engine.dispose()


def test_a_spooled_mail_and_a_big_outgoing_mail_are_stored_and_read_back_on_sqlite(
        tmp_path: Path) -> None:
    _store_round_trip(tmp_path, None)


def test_a_spooled_mail_and_a_big_outgoing_mail_are_stored_and_read_back_on_postgresql(
        tmp_path: Path, pg_url: str) -> None:
    _store_round_trip(tmp_path, pg_url)


@pytest.mark.slow
def test_a_spool_that_cannot_be_written_answers_451_and_the_session_stays_in_step(
        make_daemon, smarthost: Smarthost) -> None:
    import smtplib

    daemon = _big_daemon(make_daemon).start()
    blocker = daemon.config.parent / "var" / "spool"
    if blocker.is_dir():
        blocker.rmdir()
    blocker.write_bytes(b"not a folder")  # so no spool file can be made
    raw = big_mail(SEEKER, wav(2 * SPOOL_THRESHOLD, 10))
    with smtplib.SMTP("127.0.0.1", daemon.port, timeout=30) as client:
        with pytest.raises(smtplib.SMTPDataError) as refused:
            client.sendmail(SEEKER, [HELPLINE], raw)
        assert refused.value.smtp_code == 451
        assert client.noop()[0] == 250  # the mail's lines were never taken for commands
    assert _inbound_count(daemon) == 0
    blocker.unlink()
    daemon.send(SEEKER, [HELPLINE], raw)  # the sender's retry
    assert len(wait_team_forwards(smarthost, 1, 60)) == 1
    daemon.stop()
