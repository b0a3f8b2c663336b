"""Hostile SMTP: smuggling, STARTTLS injection, long lines, floods of connections and senders."""

from __future__ import annotations

import smtplib
import socket
import ssl
import time
from pathlib import Path

import aiosmtpd
import pytest

from tests import queries
from tests.conftest import HELPLINE, Daemon, self_signed, wait_for

# Every test here starts a real daemon or server process.
pytestmark = pytest.mark.slow

SENDER = "iemand@elders.example"


def _stored(daemon: Daemon) -> list[bytes]:
    """The raw mails stored so far (decrypted), in order."""
    from mailhandler.config import load_config
    from mailhandler.store.db import open_database
    from mailhandler.store.vault import Vault

    cfg = load_config(daemon.config)
    vault = Vault(open_database(cfg.storage.database), cfg.helpline.secret)
    return [vault.decrypt(mail.key_id, mail.raw_enc)  # type: ignore[arg-type]
            for mail in queries.inbox(daemon)]


class Session:
    """A raw SMTP conversation, byte for byte, for what smtplib would never send."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=20)
        self.reader = self.sock.makefile("rb")
        self.greeting = self.reply()

    def reply(self) -> bytes:
        line = self.reader.readline()
        while line[3:4] == b"-":
            line = self.reader.readline()
        return line

    def say(self, data: bytes) -> bytes:
        self.sock.sendall(data)
        return self.reply()

    def lines(self, data: bytes) -> list[bytes]:
        """Every line of a multi-line reply (EHLO's capabilities)."""
        self.sock.sendall(data)
        lines = [self.reader.readline()]
        while lines[-1][3:4] == b"-":
            lines.append(self.reader.readline())
        return lines

    def close(self) -> None:
        self.sock.close()


SMUGGLED = b"MAIL FROM:<smuggler@elders.example>\r\nRCPT TO:<" + HELPLINE.encode() + \
    b">\r\nDATA\r\nSubject: smuggled\r\n\r\nsecond message\r\n"

SMUGGLING_ENDINGS = {
    "bare LF dot bare LF": b"\n.\n",
    "bare LF dot CRLF": b"\n.\r\n",
    "CRLF dot bare LF": b"\r\n.\n",
    "bare CR dot bare CR": b"\r.\r",
    "CRLF dot bare CR": b"\r\n.\r",
}


@pytest.mark.parametrize("ending", SMUGGLING_ENDINGS.values(), ids=SMUGGLING_ENDINGS.keys())
def test_smtp_smuggling_never_ends_data_or_injects_a_second_message(
        make_daemon, ending: bytes) -> None:
    daemon = make_daemon().start("--accept-only")
    session = Session(daemon.port)
    session.say(b"EHLO client.example\r\n")
    assert session.say(f"MAIL FROM:<{SENDER}>\r\n".encode()).startswith(b"250")
    assert session.say(f"RCPT TO:<{HELPLINE}>\r\n".encode()).startswith(b"250")
    assert session.say(b"DATA\r\n").startswith(b"354")
    session.sock.sendall(b"Subject: first\r\n\r\nfirst message" + ending + SMUGGLED)
    reply = session.say(b"\r\n.\r\n")
    session.close()
    assert reply.startswith(b"250")
    stored = _stored(daemon)
    assert len(stored) == 1  # one message, whatever it contains
    assert b"first message" in stored[0]
    envelope_count = queries.inbox_count(daemon)
    assert envelope_count == 1


def test_commands_pipelined_after_starttls_are_ignored(make_daemon, tmp_path: Path) -> None:
    cert, key, pem = self_signed(tmp_path / "tls")
    daemon = make_daemon(smtp_options=f"""
        tls_cert = "{cert}"
        tls_key = "{key}"
    """)
    daemon.start("--accept-only")
    session = Session(daemon.port)
    assert any(b"STARTTLS" in line for line in session.lines(b"EHLO client.example\r\n"))
    # CVE-2024-34083: what follows STARTTLS in the same packet must not be executed.
    reply = session.say(f"STARTTLS\r\nMAIL FROM:<{SENDER}>\r\n".encode())
    assert reply.startswith(b"220")
    context = ssl.create_default_context(cadata=pem)
    tls = context.wrap_socket(session.sock, server_hostname="mx.lumi.test")
    reader = tls.makefile("rb")

    def say(data: bytes) -> bytes:
        tls.sendall(data)
        line = reader.readline()
        while line[3:4] == b"-":
            line = reader.readline()
        return line

    assert say(b"EHLO client.example\r\n").startswith(b"250")
    assert say(f"RCPT TO:<{HELPLINE}>\r\n".encode()).startswith(b"503")  # no MAIL happened
    tls.close()


def test_starttls_with_a_configured_certificate_delivers(make_daemon, tmp_path: Path) -> None:
    cert, key, pem = self_signed(tmp_path / "tls")
    daemon = make_daemon(smtp_options=f"""
        tls_cert = "{cert}"
        tls_key = "{key}"
    """)
    daemon.start("--accept-only")
    with smtplib.SMTP("127.0.0.1", daemon.port, timeout=20) as client:
        client.ehlo()
        assert client.has_extn("starttls")
        client.starttls(context=ssl.create_default_context(cadata=pem))
        client.ehlo()
        client.sendmail(SENDER, [HELPLINE], b"Subject: via tls\r\n\r\nhallo\r\n")
    assert len(_stored(daemon)) == 1


def test_an_over_long_line_gets_500_and_nothing_is_stored(make_daemon) -> None:
    daemon = make_daemon().start("--accept-only")
    with smtplib.SMTP("127.0.0.1", daemon.port) as client:
        client.ehlo()
        client.mail(SENDER)
        client.rcpt(HELPLINE)
        code, _ = client.data(b"Subject: lang\r\n\r\n" + b"x" * 5000 + b"\r\n")
    assert code == 500
    assert _stored(daemon) == []


def test_the_greeting_names_no_software_or_version(make_daemon) -> None:
    daemon = make_daemon().start("--accept-only")
    session = Session(daemon.port)
    helo = session.say(b"HELO client.example\r\n")
    session.close()
    assert session.greeting.startswith(b"220 ")
    for said in (session.greeting, helo):
        assert b"Python" not in said and b"aiosmtpd" not in said.lower()
        assert aiosmtpd.__version__.encode() not in said


def test_too_many_connections_from_one_client_get_421(make_daemon) -> None:
    daemon = make_daemon(smtp_options="""
        max_connections_per_client = 3
    """)
    daemon.start("--accept-only")
    sessions = [Session(daemon.port) for _ in range(3)]
    assert all(s.greeting.startswith(b"220") for s in sessions)
    extra = Session(daemon.port)
    assert extra.greeting.startswith(b"421")
    extra.close()
    sessions.pop().close()
    # A freed slot is usable again.
    wait_for(lambda: Session(daemon.port).greeting.startswith(b"220"), what="a free slot")
    for s in sessions:
        s.close()


def test_a_sender_over_its_rate_gets_451_and_others_do_not(make_daemon) -> None:
    daemon = make_daemon(smtp_options="""
        max_messages_per_sender = 3
    """)
    daemon.start("--accept-only")
    for _ in range(3):
        daemon.send(SENDER, [HELPLINE], "Subject: x\n\nhallo\n")
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        daemon.send(SENDER, [HELPLINE], "Subject: x\n\nhallo\n")
    assert [code for code, _ in refused.value.recipients.values()] == [451]
    daemon.send("iemand-anders@elders.example", [HELPLINE], "Subject: x\n\nhallo\n")
    assert len(_stored(daemon)) == 4


def test_an_idle_client_is_disconnected(make_daemon) -> None:
    daemon = make_daemon(smtp_options="""
        timeout_seconds = 2
    """)
    daemon.start("--accept-only")
    session = Session(daemon.port)
    # Returns when the server closes the connection; the socket's own 20 s timeout (ten
    # times the configured 2 s) raises instead if the server never does.
    rest = session.reader.read()
    assert rest == b"" or rest.startswith(b"421")
    session.close()


def test_a_slow_client_that_keeps_talking_is_served(make_daemon) -> None:
    daemon = make_daemon(smtp_options="""
        timeout_seconds = 2
    """)
    daemon.start("--accept-only")
    session = Session(daemon.port)
    session.say(b"EHLO client.example\r\n")
    session.say(f"MAIL FROM:<{SENDER}>\r\n".encode())
    session.say(f"RCPT TO:<{HELPLINE}>\r\n".encode())
    session.say(b"DATA\r\n")
    for line in (b"Subject: traag\r\n", b"\r\n", b"een\r\n", b"twee\r\n"):
        time.sleep(1)
        session.sock.sendall(line)
    assert session.say(b".\r\n").startswith(b"250")
    session.close()


def _peak_rss_mib(pid: int) -> float:
    """The process's peak resident memory so far (VmHWM), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


def test_a_line_of_a_hundred_megabytes_costs_no_memory_and_gets_500(make_daemon) -> None:
    """An unterminated "line" used to be gathered whole before the 500: 300 MiB took the
    daemon from 428 to 952 MB, whatever max_message_bytes said."""
    daemon = make_daemon().start()
    assert daemon.proc is not None
    client = smtplib.SMTP("127.0.0.1", daemon.port, timeout=60)
    client.ehlo("client.example")
    client.mail("sam@gezin.example")
    client.rcpt(HELPLINE)
    code, _ = client.docmd("DATA")
    assert code == 354
    before = _peak_rss_mib(daemon.proc.pid)
    chunk = b"a" * (1 << 20)
    for _ in range(100):
        client.sock.sendall(chunk)
    client.sock.sendall(b"\r\n.\r\n")
    code, _ = client.getreply()
    assert code == 500
    assert _peak_rss_mib(daemon.proc.pid) - before < 20  # MiB, for a 100 MiB line
    client.quit()
    assert _stored(daemon) == []
