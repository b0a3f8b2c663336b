"""The DKIM signature on every mail the helpline sends: what dkimpy writes, verified by dkimpy.

outbound/signing signs with dkimpy's own parsing, canonicalization and folding but its
own RSA step (OpenSSL, the key read once); these tests hold it to dkimpy's output byte
for byte, and to dkimpy's verifier, for the shapes of mail the helpline composes.
"""

from __future__ import annotations

import base64
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import dkim
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailhandler.core.attachments import Attachment
from mailhandler.core.compose import compose
from mailhandler.outbound.signing import SIGNED_HEADERS, SigningTransport, create_key


class _Keep:
    def __init__(self) -> None:
        self.sent: list[bytes] = []

    def deliver(self, mail_from: str, rcpt: str, message: bytes) -> None:
        self.sent.append(message)

    def close(self) -> None:
        pass


@pytest.fixture(scope="module")
def key(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    path = tmp_path_factory.mktemp("dkim") / "dkim.key"
    public = create_key(path)
    return path.read_bytes(), public


def _mails() -> list[bytes]:
    when = datetime(2026, 12, 6, 1, 0, tzinfo=UTC)
    common = dict(envelope_from="", from_name="Lumi", from_address="hulp@lumi.example",
                  message_id="<m1@lumi.example>", date=when, language="nl")
    plain = compose(kind="confirmation", to_address="young@senders.example",
                    subject="Je bericht is aangekomen", text="Dag,\n\nWe lezen je mail.\n",
                    automatic="auto-replied", in_reply_to="<a@senders.example>",
                    references=("<a@senders.example>",), **common)  # type: ignore[arg-type]
    rich = compose(kind="forward", to_address="vera@vrijwilligers.example",
                   reply_to="k7q2mx@alias.lumi.example", reply_to_name="K7Q2MX via Lumi",
                   subject="[Lumi] een héél lange onderwerpregel " + "die doorloopt " * 8,
                   text="Hallo\n\n\n\n", html="<p>Hallo <b>daar</b></p>\n",
                   attachments=(Attachment(filename="foto.bin", content_type="application/"
                                           "octet-stream", data=bytes(range(256)) * 40),),
                   loop_markers=("other@relay.example",), **common)  # type: ignore[arg-type]
    trailing = b"From: Lumi <hulp@lumi.example>\r\nTo: a@b.example\r\nSubject:  odd  \r\n" \
        b"\tfolded\r\n\r\nbody with trailing blanks   \r\n\r\n\r\n"
    return [plain.data, rich.data, trailing]


def _txt(public: bytes) -> bytes:
    return b"v=DKIM1; k=rsa; p=" + base64.b64encode(public)


@pytest.mark.parametrize("which", [0, 1, 2])
def test_the_signature_is_what_dkimpy_writes_and_dkimpy_verifies_it(
        key: tuple[bytes, bytes], which: int, monkeypatch: pytest.MonkeyPatch) -> None:
    pem, public = key
    monkeypatch.setattr("time.time", lambda: 1796518800.0)  # one t= for both signers
    transport = SigningTransport(_Keep(), "hulp@lumi.example", "lumi.example", "mh2026", pem)
    signed = transport.prepare(_mails()[which])
    unsigned = signed[signed.index(b"X-Loop:"):]
    expected = dkim.sign(unsigned, b"mh2026", b"lumi.example", pem,
                         canonicalize=(b"relaxed", b"relaxed"),
                         include_headers=list(SIGNED_HEADERS))
    assert signed == expected + unsigned
    assert dkim.verify(signed, dnsfunc=lambda name, timeout=5: _txt(public))


def test_a_changed_body_or_an_added_from_fails_verification(key: tuple[bytes, bytes]) -> None:
    pem, public = key
    transport = SigningTransport(_Keep(), "hulp@lumi.example", "lumi.example", "mh2026", pem)
    signed = transport.prepare(_mails()[0])
    head, body = signed.split(b"\r\n\r\n", 1)
    for forged in (head + b"\r\n\r\n" + body.replace(b"lezen", b"lazen"),
                   head + b"\r\nFrom: someone@else.example\r\n\r\n" + body):
        assert not dkim.verify(forged, dnsfunc=lambda name, timeout=5: _txt(public))


def test_without_a_key_mail_is_only_marked(tmp_path: Path) -> None:
    transport = SigningTransport(_Keep(), "hulp@lumi.example", "lumi.example")
    assert transport.prepare(b"Subject: x\r\n\r\nbody\r\n") == (
        b"X-Loop: hulp@lumi.example\r\nSubject: x\r\n\r\nbody\r\n")


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(head=st.sampled_from([b"From: Lumi <hulp@lumi.example>\r\nSubject: a  b\r\n\r\n",
                             b"From: Lumi <hulp@lumi.example>\nTo: x@y.example\n\n",
                             b"Subject: x\r\n \tfolded \r\n\n", b"\r\n", b"\n",
                             b"From: Lumi <hulp@lumi.example>\n\r\n"]),
       body=st.lists(st.sampled_from([b"\r\n", b"\n", b"\r", b" ", b"\t", b"  \t ", b"a",
                                      b"xyz", b"\r\n\r\n", b"\n\n", b"\xe9"]),
                     max_size=60).map(b"".join))
def test_any_mail_is_signed_as_dkimpy_signs_it(key: tuple[bytes, bytes], head: bytes,
                                                body: bytes) -> None:
    """Bodies with LF and bare CR line ends, blanks and empty lines at the end, empty:
    the body hash is computed in chunks, the header is dkimpy's."""
    pem, _ = key
    transport = SigningTransport(_Keep(), "hulp@lumi.example", "lumi.example", "mh2026", pem)
    message = head + body
    now = 1796518800.0
    import time
    real = time.time
    time.time = lambda: now  # hypothesis and monkeypatch (a function fixture) do not mix
    try:
        signed = transport.prepare(message)
        unsigned = b"X-Loop: hulp@lumi.example\r\n" + message
        expected = dkim.sign(unsigned, b"mh2026", b"lumi.example", pem,
                             canonicalize=(b"relaxed", b"relaxed"),
                             include_headers=list(SIGNED_HEADERS))
    finally:
        time.time = real
    assert signed == expected + unsigned


def test_signing_a_big_forward_allocates_a_fraction_of_it(key: tuple[bytes, bytes]) -> None:
    """No copy of the mail: the body is hashed in chunks (dkimpy alone: 3 copies or so)."""
    pem, public = key
    transport = SigningTransport(_Keep(), "hulp@lumi.example", "lumi.example", "mh2026", pem)
    size = 8 << 20
    line = base64.b64encode(bytes(range(256)) * 3)[:76] + b"\r\n"
    message = _mails()[0].replace(b"\r\n\r\n", b"\r\n\r\n" + line * (size // 78), 1)
    transport.head(message)
    tracemalloc.start()
    try:
        head = transport.head(message)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < size // 10, f"{peak / size:.2f} bytes per byte"
    assert dkim.verify(head + message, dnsfunc=lambda name, timeout=5: _txt(public))
