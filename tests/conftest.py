"""Real parts for the tests: the daemon as a process, an aiosmtpd smarthost, smtplib clients.

Everything listens on 127.0.0.1 on free ports; every domain ends in .example or .test.
"""

from __future__ import annotations

import email
import email.policy
import os
import re
import signal
import smtplib
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"

HELPLINE = "hulp@lumi.example"
PRIVACY = "privacy@lumi.example"
DOMAIN = "lumi.example"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate: Callable[[], object], timeout: float = 30.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


@dataclass
class Delivered:
    mail_from: str
    rcpts: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.data, policy=email.policy.default)  # type: ignore[return-value]


@dataclass
class Smarthost:
    port: int
    received: list[Delivered] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    refuse_with: str | None = None
    refuse: dict[str, str] = field(default_factory=dict)  # per recipient

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse_with:
            return self.refuse_with
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.received.append(Delivered(envelope.mail_from, list(envelope.rcpt_tos),
                                           envelope.original_content))
        return "250 OK"

    def to(self, address: str) -> list[Delivered]:
        with self.lock:
            return [d for d in self.received if address in d.rcpts]

    def wait_to(self, address: str, count: int = 1, timeout: float = 30.0) -> list[Delivered]:
        wait_for(lambda: len(self.to(address)) >= count, timeout, f"{count} mail(s) to a recipient")
        return self.to(address)


TEAM = ("vera@vrijwilligers.example", "kobe@vrijwilligers.example", "cora@coord.example")


def team_forwards(host: Smarthost, team: tuple[str, ...] = TEAM) -> list[Delivered]:
    """The forwards delivered to anyone of `team` (they carry a conversation's alias as
    Reply-To; notices from the helpline carry none)."""
    return [d for who in team for d in host.to(who) if d.message["Reply-To"] is not None]


def wait_team_forwards(host: Smarthost, count: int, timeout: float = 30.0,
                       team: tuple[str, ...] = TEAM) -> list[Delivered]:
    """Wait until `count` forwards reached the team, in all (each conversation goes to one
    volunteer on duty, so which one is the duty rules' business, not the caller's)."""
    wait_for(lambda: len(team_forwards(host, team)) >= count, timeout,
             f"{count} forward(s) to the team")
    return team_forwards(host, team)


def pseudonym_of(forward: Delivered) -> str:
    """The conversation a forward belongs to: its subject starts with "[PSEUDONYM]"."""
    subject = str(forward.message["Subject"]).removeprefix("[DRINGEND] ")
    return subject.split("]")[0].strip("[")


@pytest.fixture
def smarthost() -> Iterator[Smarthost]:
    host = Smarthost(port=free_port())
    controller = Controller(host, hostname="127.0.0.1", port=host.port)
    controller.start()
    yield host
    controller.stop()


def write_config(tmp_path: Path, smtp_port: int, outbound: str, extra: str = "",
                 database: str | None = None, smtp_options: str = "") -> Path:
    """A configuration for one test daemon. Unless `extra` has its own [authentication],
    authentication asks the tests' real DNS server (tests/dnsserver.py), where the volunteers'
    domains publish SPF for 127.0.0.1: their answers from here pass for real."""
    if "[authentication]" not in extra:
        from tests.dnsserver import shared_dns

        extra = (textwrap.dedent(extra) + "\n[authentication]\n"
                 f'nameservers = ["{shared_dns().nameserver}"]\n')
    path = tmp_path / "mailhandler.toml"
    path.write_text(textwrap.dedent(f"""\
        [helpline]
        name = "Lumi"
        address = "{HELPLINE}"
        privacy_address = "{PRIVACY}"
        domain = "{DOMAIN}"
        language = "nl"
        timezone = "Europe/Brussels"
        secret = "test-secret-0123456789abcdef"

        [inbound.smtp]
        listen = "127.0.0.1:{smtp_port}"
        max_message_bytes = 1048576
        {smtp_options}

        [outbound]
        url = "{outbound}"

        [storage]
        data_dir = "{tmp_path / 'var'}"
        database = "{database or f"sqlite:///{tmp_path / 'var' / 'mailhandler.db'}"}"

        [confirmation]
        interval_days = 7
        """) + textwrap.dedent(extra))
    return path


def child_env() -> dict[str, str]:
    """The environment for a mailhandler child process: always this checkout's code."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("MAILHANDLER_CONFIG", None)
    return env


def run_cli(config: Path, *args: str, check: bool = True,
            input: str | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "mailhandler", "--config", str(config), *args],
        capture_output=True, text=True, cwd=config.parent, timeout=60, env=child_env(),
        input=input,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"mailhandler {' '.join(args)} failed: {result.stderr}")
    return result


@dataclass
class Daemon:
    config: Path
    port: int
    log_path: Path
    proc: subprocess.Popen[bytes] | None = None
    extra_args: tuple[str, ...] = ()
    # Put before the command (a program that sets up the process, then execs the rest),
    # and added to the environment: the daemon as a service manager would start it.
    launcher: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict)

    def start(self, *extra: str) -> Daemon:
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [*self.launcher, sys.executable, "-m", "mailhandler", "--config",
                 str(self.config), "serve", *(extra or self.extra_args)],
                stdout=log, stderr=log, cwd=self.config.parent, env=child_env() | self.env,
            )

        def listening() -> bool:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise AssertionError(f"daemon exited early:\n{self.log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return True
            except OSError:
                return False

        wait_for(listening, 20, "the daemon to listen")
        return self

    def stop(self) -> int:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=30)
        self.proc = None
        return code

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)
        self.proc = None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def send(self, mail_from: str, rcpts: list[str], data: bytes | str) -> None:
        if isinstance(data, str):
            data = data.encode()
        # smtplib sends bytes as they are; a real client sends CRLF lines.
        data = re.sub(rb"\r?\n", b"\r\n", data)
        with smtplib.SMTP("127.0.0.1", self.port, timeout=30) as client:
            client.sendmail(mail_from, rcpts, data)

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return run_cli(self.config, *args, check=check)


@pytest.fixture
def make_daemon(tmp_path: Path, smarthost: Smarthost) -> Iterator[Callable[..., Daemon]]:
    started: list[Daemon] = []

    def make(extra_config: str = "", outbound: str | None = None,
             database: str | None = None, smtp_options: str = "") -> Daemon:
        port = free_port()
        config = write_config(tmp_path, port, outbound or f"smtp://127.0.0.1:{smarthost.port}",
                              extra_config, database, smtp_options)
        daemon = Daemon(config=config, port=port, log_path=tmp_path / "daemon.log")
        started.append(daemon)
        return daemon

    yield make
    for daemon in started:
        if daemon.proc is not None and daemon.proc.poll() is None:
            daemon.proc.kill()
            daemon.proc.wait()


def add_volunteers(config: Path) -> None:
    """The team most tests use: two volunteers and a coordinator (in-process, for speed)."""
    from mailhandler.cli import main

    for args in (["vera@vrijwilligers.example", "--nickname", "Vera"],
                 ["kobe@vrijwilligers.example", "--nickname", "Kobe"],
                 ["cora@coord.example", "--nickname", "Cora", "--coordinator"]):
        assert main(["--config", str(config), "volunteer", "add", *args]) == 0


@pytest.fixture
def context(tmp_path: Path):  # -> mailhandler.handlers.Context
    """The daemon's parts in-process (no sockets): a store on SQLite, texts, the team."""
    from mailhandler.config import load_config
    from mailhandler.context import open_context

    config = write_config(tmp_path, free_port(), f"maildir:{tmp_path / 'outbox'}")
    add_volunteers(config)
    ctx = open_context(load_config(config))
    yield ctx
    ctx.store.engine.dispose()


@pytest.fixture
def daemon(make_daemon: Callable[..., Daemon]) -> Daemon:
    d = make_daemon()
    add_volunteers(d.config)
    return d.start()


def require_server(name: str, available: bool, how: str) -> None:
    """Skip locally when a real server is missing; in CI (CI=true) that is a failure."""
    if available:
        return
    message = f"{name} is not available here: {how}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


PG_ADMIN_URL = os.environ.get("MAILHANDLER_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh schema, dropped afterwards."""
    try:
        import psycopg
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url
    except ImportError:  # pragma: no cover
        require_server("PostgreSQL", False, "pip install 'psycopg[binary]'")
        raise
    try:
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception:
        require_server("PostgreSQL", False,
                       "start it on 127.0.0.1:5432 with trust auth and a database 'test' "
                       "(Debian: apt-get install postgresql), or set MAILHANDLER_TEST_PG")
        raise
    schema = f"mh_{os.getpid()}_{int(time.time() * 1000) % 10**8}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(PG_ADMIN_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    del psycopg
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def self_signed(folder: Path, name: str = "mx.lumi.test") -> tuple[Path, Path, str]:
    """A throwaway certificate for 127.0.0.1 and `name`: (cert.pem, key.pem, the PEM text)."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName(name)]),
            critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    (folder / "cert.pem").write_bytes(cert_pem)
    (folder / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return folder / "cert.pem", folder / "key.pem", cert_pem.decode()


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def decoded_texts(message: EmailMessage) -> list[str]:
    """Every header value and every decoded part, for leak checks beyond the raw bytes."""
    texts = [f"{k}: {v}" for k, v in message.items()]
    for part in message.walk():
        if part.is_multipart():
            continue
        texts.extend(f"{k}: {v}" for k, v in part.items())
        payload = part.get_payload(decode=True) or b""
        texts.append(payload.decode("utf-8", errors="replace"))
    return texts


def assert_absent(data: bytes, needles: list[str]) -> None:
    """None of the needles in the raw bytes or any decoded header or part (case-insensitive)."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    haystacks = [data.decode("utf-8", errors="replace"), *decoded_texts(message)]  # type: ignore[arg-type]
    for needle in needles:
        for hay in haystacks:
            assert needle.lower() not in hay.lower(), f"{needle!r} leaked"



# Fixtures that start a real daemon or server process. A test that uses one must be marked
# slow, so that `pytest -m "not slow"` stays a quick inner loop; this check keeps it so.
SERVER_FIXTURES = frozenset({"daemon", "make_daemon", "team_daemon", "dovecot", "plain_dovecot",
                             "chromium"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    unmarked = sorted(
        item.nodeid for item in items
        if SERVER_FIXTURES & set(getattr(item, "fixturenames", ()))
        and item.get_closest_marker("slow") is None)
    if unmarked:
        raise pytest.UsageError(
            "these tests start a real server and need @pytest.mark.slow:\n  "
            + "\n  ".join(unmarked))
