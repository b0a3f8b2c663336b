"""The outbound edge against a real SMTP server (aiosmtpd on 127.0.0.1) and a real maildir.

Real parts rather than mocks, because what matters here is what actually crosses the
wire: the null sender, TLS, AUTH, the server's codes, and that error texts never carry
the anonymous writer's address.
"""

from __future__ import annotations

import errno
import os
import socket
import ssl
import stat
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from mailhandler.config import Outbound
from mailhandler.outbound import transport as tr
from mailhandler.outbound.transport import (
    DeliveryError,
    MaildirTransport,
    SmtpTransport,
    transport_for,
)
from tests.conftest import self_signed

HOST = "127.0.0.1"
HELPLINE = "hulp@lumi.example"
WRITER = "anonymous.writer@lumi.test"
MESSAGE = b"From: hulp@lumi.example\r\nSubject: test\r\n\r\nHallo\r\n"
USER, PASSWORD = "lumi", "correct horse battery"


def free_port() -> int:
    """A port nobody listens on right now (for the server to take, or to be refused)."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


@dataclass
class Recorder:
    """aiosmtpd handler that records what arrived and answers RCPT/MAIL/DATA as told."""

    rcpt_reply: str | None = None
    mail_reply: str | None = None
    data_reply: str = "250 OK"
    received: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    auth: list[str] = field(default_factory=list)
    quits: int = 0

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str,
                          options: list[str]) -> str:
        if self.mail_reply:
            return self.mail_reply.format(address=address)
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          options: list[str]) -> str:
        if self.rcpt_reply:
            # Real servers echo the address; the transport must not pass it on.
            return self.rcpt_reply.format(address=address)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_reply.startswith("250"):
            self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return self.data_reply.format(address=envelope.rcpt_tos[0])

    async def handle_QUIT(self, server: Any, session: Any, envelope: Any) -> str:
        self.quits += 1
        return "221 Bye"

    def authenticator(self, server: Any, session: Any, envelope: Any, mechanism: str,
                      auth_data: Any) -> AuthResult:
        self.auth.append(mechanism)
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode()
              and auth_data.password == PASSWORD.encode())
        return AuthResult(success=ok, handled=False)  # handled=False: server answers 535


ServerFactory = Callable[..., tuple[Recorder, int]]


@pytest.fixture
def smtp_server() -> Iterator[ServerFactory]:
    """Start aiosmtpd controllers on free ports; all are stopped after the test."""
    controllers: list[Controller] = []

    def start(recorder: Recorder | None = None, **kwargs: Any) -> tuple[Recorder, int]:
        recorder = recorder or Recorder()
        port = free_port()
        controller = Controller(recorder, hostname=HOST, port=port, **kwargs)
        controller.start()
        controllers.append(controller)
        return recorder, port

    yield start
    for controller in controllers:
        controller.stop()


@dataclass(frozen=True)
class Tls:
    server: ssl.SSLContext
    client: ssl.SSLContext


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Tls:
    """A self-signed certificate for 127.0.0.1, and contexts that serve and trust it."""
    cert, key, cert_pem = self_signed(tmp_path_factory.mktemp("tls"), "smarthost.lumi.test")
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert, key)
    client = ssl.create_default_context(cadata=cert_pem)
    return Tls(server=server, client=client)


def outbound(port: int, scheme: str = "smtp", **kwargs: Any) -> Outbound:
    return Outbound(url=f"{scheme}://{HOST}:{port}", scheme=scheme, host=HOST, port=port,
                    timeout_seconds=5, **kwargs)


def assert_anonymous(error: DeliveryError, *addresses: str) -> None:
    """Neither the text, the repr nor a logged traceback may contain an address."""
    logged = "".join(traceback.format_exception(error))
    for text in (str(error), repr(error), logged):
        for address in (WRITER, *addresses):
            assert address.lower() not in text.lower()
        assert "lumi.test" not in text
    assert error.__cause__ is None and error.__context__ is None


def test_plain_delivery_over_one_connection_closed_when_done(smtp_server: ServerFactory) -> None:
    recorder, port = smtp_server()
    transport = SmtpTransport(outbound(port))
    transport.deliver(HELPLINE, WRITER, MESSAGE)
    transport.deliver("", WRITER, MESSAGE)
    assert recorder.received == [(HELPLINE, [WRITER], MESSAGE), ("<>", [WRITER], MESSAGE)]
    assert recorder.quits == 0  # kept open for the next mail
    transport.close()
    assert recorder.quits == 1


def test_a_connection_the_server_closed_while_idle_is_replaced(smtp_server: ServerFactory) -> None:
    recorder, port = smtp_server(timeout=0.5)  # the server hangs up idle sessions
    transport = SmtpTransport(outbound(port))
    transport.deliver(HELPLINE, WRITER, MESSAGE)
    time.sleep(1.2)
    transport.deliver(HELPLINE, WRITER, MESSAGE)  # no error: a fresh connection took it
    transport.close()
    assert recorder.received == [(HELPLINE, [WRITER], MESSAGE)] * 2


def test_null_sender_is_sent_as_empty_reverse_path(smtp_server: ServerFactory) -> None:
    # aiosmtpd records the null reverse-path of "MAIL FROM:<>" as "<>"; a wrongly
    # quoted sender would arrive as "<<>>", "" (syntax error) or a real address.
    recorder, port = smtp_server()
    SmtpTransport(outbound(port)).deliver("", WRITER, MESSAGE)
    assert [(frm, rcpts) for frm, rcpts, _ in recorder.received] == [("<>", [WRITER])]


def test_bare_newlines_go_out_as_crlf_and_dots_survive(smtp_server: ServerFactory) -> None:
    recorder, port = smtp_server()
    SmtpTransport(outbound(port)).deliver(HELPLINE, WRITER, b"Subject: x\n\nline\n.dot\r\n")
    assert recorder.received[0][2] == b"Subject: x\r\n\r\nline\r\n.dot\r\n"


def _as_smtplib_sent_it(message: bytes) -> bytes:
    """What went on the wire before DATA was streamed: our re.sub, then smtplib's data()."""
    import re
    import smtplib

    quoted = smtplib._quote_periods(re.sub(rb"\r\n|\r|\n", b"\r\n", message))  # type: ignore[attr-defined]
    return quoted if quoted.endswith(b"\r\n") else quoted + b"\r\n"


@pytest.mark.parametrize("piece", [1, 2, 3, 7, 64])
def test_data_sent_a_piece_at_a_time_is_what_smtplib_sent_whole(
        monkeypatch: pytest.MonkeyPatch, piece: int) -> None:
    import random

    monkeypatch.setattr(tr, "WIRE_PIECE", piece)
    rng = random.Random(piece)
    alphabet = [b"\r", b"\n", b".", b"a", b"\r\n", b" "]
    for _ in range(300):
        head = b"".join(rng.choice(alphabet) for _ in range(rng.randrange(4)))
        body = b"".join(rng.choice(alphabet) for _ in range(rng.randrange(40)))
        wire = b"".join(tr._on_the_wire(tr.Parts(head, bytearray(body))))
        assert wire == _as_smtplib_sent_it(head + body), (head, body)


def test_a_big_mail_goes_out_after_its_head_whole(smtp_server: ServerFactory) -> None:
    import random

    recorder, port = smtp_server()
    body = b"Subject: groot\r\n\r\n" + b"".join(
        random.Random(5).choice([b".punt\r\n", b"regel\n", b"x" * 70 + b"\r\n"])
        for _ in range(3 * tr.WIRE_PIECE // 20))
    SmtpTransport(outbound(port)).deliver(HELPLINE, WRITER, body, head=b"X-Loop: a\r\n")
    assert recorder.received[0][2] == b"X-Loop: a\r\n" + body.replace(b"regel\n",
                                                                        b"regel\r\n")


@pytest.mark.parametrize(("reply", "permanent", "code"), [
    ("450 4.2.1 <{address}> mailbox busy", False, 450),
    ("550 5.1.1 <{address}> user unknown", True, 550),
])
def test_refused_recipient(smtp_server: ServerFactory, reply: str, permanent: bool,
                           code: int) -> None:
    recorder, port = smtp_server(Recorder(rcpt_reply=reply))
    transport = SmtpTransport(outbound(port))
    with pytest.raises(DeliveryError) as caught:
        transport.deliver(HELPLINE, WRITER, MESSAGE)
    assert (caught.value.permanent, caught.value.code) == (permanent, code)
    assert str(caught.value).startswith(f"smtp {code} ")
    assert_anonymous(caught.value)
    transport.close()  # the session survived the refusal (RSET) and ends politely
    assert recorder.received == [] and recorder.quits == 1


@pytest.mark.parametrize(("recorder", "permanent", "code"), [
    (Recorder(mail_reply="553 5.7.1 <{address}> sender not allowed"), True, 553),
    (Recorder(data_reply="554 5.6.0 message for {address} refused"), True, 554),
    (Recorder(data_reply="451 4.3.0 try again, {address}"), False, 451),
])
def test_refused_sender_or_data(smtp_server: ServerFactory, recorder: Recorder,
                                permanent: bool, code: int) -> None:
    recorder, port = smtp_server(recorder)
    transport = SmtpTransport(outbound(port))
    with pytest.raises(DeliveryError) as caught:
        transport.deliver(HELPLINE, WRITER, MESSAGE)
    assert (caught.value.permanent, caught.value.code) == (permanent, code)
    assert_anonymous(caught.value, HELPLINE)
    transport.close()
    assert recorder.quits == 1


def test_connection_refused_is_temporary() -> None:
    with pytest.raises(DeliveryError) as caught:
        SmtpTransport(outbound(free_port())).deliver(HELPLINE, WRITER, MESSAGE)
    assert (caught.value.permanent, caught.value.code) == (False, None)
    assert str(caught.value) == "connection refused"
    assert_anonymous(caught.value)


def test_silent_server_times_out_and_connection_is_closed() -> None:
    with socket.socket() as listener:
        listener.bind((HOST, 0))
        listener.listen(1)  # the kernel accepts; nobody ever sends a greeting
        port = listener.getsockname()[1]
        cfg = Outbound(url="smtp://x", scheme="smtp", host=HOST, port=port, timeout_seconds=1)
        with pytest.raises(DeliveryError) as caught:
            SmtpTransport(cfg).deliver(HELPLINE, WRITER, MESSAGE)
        assert (str(caught.value), caught.value.permanent) == ("timeout", False)
        conn, _ = listener.accept()
        with conn:
            conn.settimeout(5)
            assert conn.recv(1) == b""  # the client hung up rather than leaking the socket


@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
def test_starttls_and_auth(smtp_server: ServerFactory, tls: Tls, mechanism: str) -> None:
    recorder = Recorder()
    other = "LOGIN" if mechanism == "PLAIN" else "PLAIN"
    _, port = smtp_server(recorder, tls_context=tls.server, require_starttls=True,
                          authenticator=recorder.authenticator, auth_require_tls=True,
                          auth_exclude_mechanism=[other])
    cfg = outbound(port, starttls=True, username=USER, password=PASSWORD)
    SmtpTransport(cfg, ssl_context=tls.client).deliver("", WRITER, MESSAGE)
    assert recorder.auth == [mechanism]
    assert recorder.received == [("<>", [WRITER], MESSAGE)]


def test_wrong_password_is_temporary_with_code(smtp_server: ServerFactory, tls: Tls) -> None:
    # A configuration mistake, not a fault of this mail: it must stay queued.
    recorder = Recorder()
    _, port = smtp_server(recorder, tls_context=tls.server, require_starttls=True,
                          authenticator=recorder.authenticator, auth_require_tls=True)
    cfg = outbound(port, starttls=True, username=USER, password="wrong password")
    with pytest.raises(DeliveryError) as caught:
        SmtpTransport(cfg, ssl_context=tls.client).deliver(HELPLINE, WRITER, MESSAGE)
    assert (caught.value.permanent, caught.value.code) == (False, 535)
    assert recorder.received == []


def test_untrusted_certificate_is_refused_by_default(smtp_server: ServerFactory,
                                                     tls: Tls) -> None:
    recorder, port = smtp_server(tls_context=tls.server, require_starttls=True)
    with pytest.raises(DeliveryError) as caught:
        SmtpTransport(outbound(port, starttls=True)).deliver(HELPLINE, WRITER, MESSAGE)
    assert (str(caught.value), caught.value.permanent) == ("tls failure", False)
    assert recorder.received == []


def test_starttls_required_but_not_offered(smtp_server: ServerFactory, tls: Tls) -> None:
    recorder, port = smtp_server()
    cfg = outbound(port, starttls=True, username=USER, password=PASSWORD)
    with pytest.raises(DeliveryError) as caught:
        SmtpTransport(cfg, ssl_context=tls.client).deliver(HELPLINE, WRITER, MESSAGE)
    assert (str(caught.value), caught.value.permanent) == ("starttls not offered", False)
    assert recorder.received == [] and recorder.auth == [] and recorder.quits == 1


def test_smtps_implicit_tls(smtp_server: ServerFactory, tls: Tls) -> None:
    recorder = Recorder()
    # aiosmtpd only counts STARTTLS as TLS for auth_require_tls, not implicit TLS.
    _, port = smtp_server(recorder, ssl_context=tls.server,
                          authenticator=recorder.authenticator, auth_require_tls=False)
    cfg = outbound(port, scheme="smtps", username=USER, password=PASSWORD)
    SmtpTransport(cfg, ssl_context=tls.client).deliver(HELPLINE, WRITER, MESSAGE)
    assert recorder.received == [(HELPLINE, [WRITER], MESSAGE)] and len(recorder.auth) == 1


def test_international_address_needs_smtputf8(smtp_server: ServerFactory) -> None:
    rcpt = "josé@lumi.test"
    plain, plain_port = smtp_server(enable_SMTPUTF8=False)  # the Controller enables it
    with pytest.raises(DeliveryError) as caught:
        SmtpTransport(outbound(plain_port)).deliver(HELPLINE, rcpt, MESSAGE)
    assert caught.value.permanent and plain.received == []
    assert_anonymous(caught.value, rcpt)
    utf8, utf8_port = smtp_server(enable_SMTPUTF8=True)
    SmtpTransport(outbound(utf8_port)).deliver(HELPLINE, rcpt, MESSAGE)
    assert utf8.received == [(HELPLINE, [rcpt], MESSAGE)]


@pytest.mark.parametrize("mail_from, rcpt", [
    (HELPLINE, "a@lumi.test>\r\nRCPT TO:<b@lumi.test"),
    ("x@lumi.test\nBcc: b@lumi.test", WRITER),
    (HELPLINE, ""),
])
def test_injection_is_refused_before_connecting(mail_from: str, rcpt: str) -> None:
    # A closed port: had it tried to connect, the answer would be "connection refused".
    with pytest.raises(DeliveryError) as caught:
        SmtpTransport(outbound(free_port())).deliver(mail_from, rcpt, MESSAGE)
    assert (str(caught.value), caught.value.permanent) == ("invalid envelope address", True)
    box = Path("/nonexistent/never-created")
    with pytest.raises(DeliveryError):
        MaildirTransport(box).deliver(mail_from, rcpt, MESSAGE)
    assert not box.exists()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_maildir_delivery(tmp_path: Path) -> None:
    box = tmp_path / "outbox"
    MaildirTransport(box).deliver("", WRITER, MESSAGE)
    MaildirTransport(box).deliver(HELPLINE, WRITER, MESSAGE)
    files = sorted((box / "new").iterdir(), key=lambda p: p.stat().st_mtime_ns)
    assert len(files) == 2 and list((box / "tmp").iterdir()) == []
    assert (box / "cur").is_dir()
    assert [mode(box / d) for d in ("", "tmp", "new", "cur")] == [0o700] * 4
    assert mode(files[0]) == 0o600
    contents = {f.read_bytes() for f in files}
    body = MESSAGE.replace(b"\r\n", b"\n")
    assert contents == {
        b"Return-Path: <>\nDelivered-To: " + WRITER.encode() + b"\n" + body,
        b"Return-Path: <" + HELPLINE.encode() + b">\nDelivered-To: " + WRITER.encode()
        + b"\n" + body,
    }
    assert all(":" not in f.name and not f.name.startswith(".") for f in files)


def test_maildir_failure_leaves_nothing_behind(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # A full disk cannot be provoked portably in a test, so fsync of the mail file fails.
    real_fsync = os.fsync

    def disk_full(fd: int) -> None:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(tr.os, "fsync", disk_full)
    box = tmp_path / "outbox"
    with pytest.raises(DeliveryError) as caught:
        MaildirTransport(box).deliver(HELPLINE, WRITER, MESSAGE)
    assert (str(caught.value), caught.value.permanent) == ("maildir write failed", False)
    assert_anonymous(caught.value)
    assert list((box / "new").iterdir()) == [] and list((box / "tmp").iterdir()) == []


def test_transport_for(tmp_path: Path) -> None:
    box = Outbound(url=f"maildir:{tmp_path}", scheme="maildir", maildir=tmp_path)
    assert isinstance(transport_for(box), MaildirTransport)
    for scheme in ("smtp", "smtps"):
        assert isinstance(transport_for(outbound(25, scheme=scheme)), SmtpTransport)
    with pytest.raises(ValueError):
        transport_for(Outbound(url="lmtp://x", scheme="lmtp"))
