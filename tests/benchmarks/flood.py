"""Benchmark: a flood of help-seeker mail against the real daemon.

    .venv/bin/python -m tests.benchmarks.flood [--mails 10000] [--senders 2000] [--clients 8]
                                          [--database sqlite|postgresql]

Starts an aiosmtpd smarthost that only counts what it gets, the real daemon
(`python -m mailhandler serve`) with two volunteers, and floods it with N mails
from S senders over C concurrent SMTP clients that keep their connections open
(several mails per session, RSET between). Meanwhile a probe times
EHLO+NOOP+QUIT every second and the daemon's RSS is sampled from /proc.

It prints figures, it does not time-assert: performance is measured here, never
in a unit test. It exits non-zero only for correctness failures: a mail lost
(accepted but never processed), a confirmation count that is not one per sender,
a forward missing or duplicated, or a daemon that does not stop with status 0.

Only 127.0.0.1; every domain is .example. Every loop has a count and a time limit.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import itertools
import os
import random
import shutil
import signal
import smtplib
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.utils import format_datetime
from pathlib import Path

from aiosmtpd.controller import Controller

from tests.conftest import HELPLINE, PG_ADMIN_URL, child_env, free_port, write_config

VOLUNTEERS = (("vera@vrijwilligers.example", "Vera"), ("kobe@vrijwilligers.example", "Kobe"))
# Each mail is a new conversation, and a conversation goes to ONE volunteer on duty.
FORWARDS_PER_MAIL = 1
# Room for every conversation of a run, so none waits in the queue for a volunteer.
DUTY_ROOM = "\n[duty]\nmax_open_per_volunteer = 1000000\n"
SENDER_DOMAIN = "flood.example"

# --- the smarthost: counts, never keeps bodies -------------------------------------------------


@dataclass
class CountingSmarthost:
    """Counts deliveries by kind and recipient; keeps only Message-IDs (for duplicates)."""

    volunteers: frozenset[str]
    lock: threading.Lock = field(default_factory=threading.Lock)
    kinds: Counter[str] = field(default_factory=Counter)
    confirmations_to: Counter[str] = field(default_factory=Counter)
    forwards_to: Counter[str] = field(default_factory=Counter)
    others_to: Counter[str] = field(default_factory=Counter)
    message_ids: set[str] = field(default_factory=set)
    duplicates: int = 0
    leaks: int = 0  # forwards that name a help-seeker's address
    bad_confirmations: int = 0  # null sender without Auto-Submitted: auto-replied, to a seeker
    first_at: float | None = None
    last_forward_at: float | None = None
    last_confirmation_at: float | None = None
    bytes_total: int = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: ANN001
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001
        data: bytes = envelope.original_content or b""
        end = data.find(b"\r\n\r\n")
        head = data[: end + 2] if end >= 0 else data
        headers = BytesHeaderParser().parsebytes(head)
        auto = (headers.get("Auto-Submitted") or "").strip().lower()
        message_id = (headers.get("Message-ID") or "").strip()
        mail_from = (envelope.mail_from or "").strip()
        null_sender = mail_from in ("", "<>")
        now = time.monotonic()
        leak = f"@{SENDER_DOMAIN}".encode() in data
        with self.lock:
            self.bytes_total += len(data)
            if self.first_at is None:
                self.first_at = now
            if message_id:
                if message_id in self.message_ids:
                    self.duplicates += 1
                self.message_ids.add(message_id)
            for rcpt in envelope.rcpt_tos:
                rcpt = rcpt.lower()
                if null_sender and auto.startswith("auto-replied"):
                    self.kinds["confirmation"] += 1
                    self.confirmations_to[rcpt] += 1
                    self.last_confirmation_at = now
                elif rcpt in self.volunteers and not null_sender:
                    self.kinds["forward"] += 1
                    self.forwards_to[rcpt] += 1
                    self.last_forward_at = now
                    if leak:
                        self.leaks += 1
                else:
                    self.kinds["other"] += 1
                    self.others_to[rcpt] += 1
                    if null_sender and rcpt.endswith("@" + SENDER_DOMAIN):
                        self.bad_confirmations += 1
        return "250 OK"

    def snapshot(self) -> tuple[int, int, int]:
        with self.lock:
            return self.kinds["forward"], self.kinds["confirmation"], self.kinds["other"]


# --- the mails ---------------------------------------------------------------------------------

FIRST = ["Sam", "Noor", "Lotte", "Milan", "Jules", "Robin", "Lien", "Arne", "Yara", "Senne",
         "Fien", "Wout", "Amber", "Lars", "Ines", "Kato"]
LAST = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
        "Wouters", "De Smet", "Dubois", "Vermeulen"]
SUBJECTS = ["Een vraag", "hoi", "ik weet het niet meer", "Vraag over coming-out",
            "Mag ik iets vragen?", "help", "over mijn ouders", "(geen onderwerp)"]
BODIES = [
    "Hallo,\n\nIk ben {first} en ik ben 15. Ik denk al een tijdje dat ik op jongens en meisjes\n"
    "val, maar ik durf het aan niemand te zeggen. Mijn ouders lezen soms mijn mails mee.\n"
    "Hoe weet je zeker wat je voelt? En moet ik het nu al aan iemand vertellen?\n\n"
    "Groetjes,\n{first}\n",
    "Hoi,\n\nop school wordt er de laatste tijd veel gelachen met mij omdat ik anders ben.\n"
    "Ik heb het aan een leerkracht gezegd maar er verandert niets. Wat kan ik nog doen?\n"
    "Ik wil niet dat mijn ouders het weten.\n\n{first} {last}\n",
    "Dag,\n\nIk ben trans (denk ik) en ik wil graag met iemand praten die begrijpt hoe het\n"
    "voelt. Thuis kan dat niet. Kan ik hier gewoon vragen stellen? Schrijven jullie terug\n"
    "naar dit adres? Dat is eigenlijk het adres van mijn mama.\n\nBedankt\n{first}\n",
    "Hallo daar,\n\nmijn beste vriend heeft me verteld dat hij homo is en ik weet niet goed\n"
    "hoe ik moet reageren. Ik wil hem steunen maar ik ben bang dat ik iets verkeerds zeg.\n"
    "Hebben jullie tips?\n\nMvg,\n{first} ({email})\n",
    "Hey,\n\nik heb een vriendin en we zijn al drie maanden samen. Niemand weet het. Ik wil het\n"
    "aan mijn zus vertellen maar ik weet niet hoe ze gaat reageren. Hoe begin ik daaraan?\n\n"
    "{first}\nVerstuurd vanaf mijn iPhone\n",
]


def make_mail(n: int, sender_index: int) -> tuple[str, bytes]:
    """Mail number n from sender sender_index: (envelope sender, CRLF bytes)."""
    rnd = random.Random(n)
    address = f"sender{sender_index}@{SENDER_DOMAIN}"
    first, last = FIRST[sender_index % len(FIRST)], LAST[sender_index % len(LAST)]
    body = rnd.choice(BODIES).format(first=first, last=last, email=address)
    headers = [
        f"Received: from [192.0.2.{n % 250 + 1}] by mx.{SENDER_DOMAIN} with ESMTPSA id {n:08x};"
        f" {format_datetime(datetime.now(UTC))}",
        f"From: {first} {last} <{address}>",
        f"To: Lumi <{HELPLINE}>",
        f"Subject: {rnd.choice(SUBJECTS)}",
        f"Date: {format_datetime(datetime.now(UTC))}",
        f"Message-ID: <flood.{n}.{rnd.getrandbits(48):012x}@mx.{SENDER_DOMAIN}>",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla/5.0 Thunderbird/115.0",
        f"X-Originating-IP: [198.51.100.{n % 250 + 1}]",
    ]
    plain = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
             *body.splitlines()]
    if n % 3:
        lines = headers + plain
    else:  # like Gmail: text and HTML alternatives
        boundary = f"000000000000{n:012x}"
        paragraphs = "".join(f"<div>{html.escape(line) or '<br>'}</div>"
                             for line in body.splitlines())
        lines = headers + [
            f'Content-Type: multipart/alternative; boundary="{boundary}"', "",
            f"--{boundary}", *plain, f"--{boundary}",
            "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
            f'<div dir="ltr">{paragraphs}</div>', f"--{boundary}--",
        ]
    return address, ("\r\n".join(lines) + "\r\n").encode()


# --- measurements ------------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def rss_kib(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def threads_of(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("Threads:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


@dataclass
class Flood:
    port: int
    mails: int
    senders: int
    per_session: int
    deadline: float
    next_mail: itertools.count = field(default_factory=itertools.count)
    lock: threading.Lock = field(default_factory=threading.Lock)
    accepted: int = 0
    accepted_senders: set[int] = field(default_factory=set)
    refused: Counter[str] = field(default_factory=Counter)  # "451", "550", "disconnect", ...
    gave_up: int = 0  # mails not accepted after every retry
    latencies: list[float] = field(default_factory=list)  # DATA -> 250, seconds
    sessions: int = 0
    started_at: float = 0.0
    ended_at: float = 0.0

    def take(self) -> int | None:
        with self.lock:
            n = next(self.next_mail)
        return n if n < self.mails and time.monotonic() < self.deadline else None

    def client(self) -> None:
        n = self.take()
        smtp: smtplib.SMTP | None = None
        in_session = 0
        tries = 0
        while n is not None:
            if time.monotonic() >= self.deadline:
                break
            if smtp is None or in_session >= self.per_session:
                if smtp is not None:
                    _quit(smtp)
                try:
                    smtp = smtplib.SMTP("127.0.0.1", self.port,
                                        local_hostname="client.flood.example", timeout=60)
                    smtp.ehlo()
                except (OSError, smtplib.SMTPException) as exc:
                    smtp = None
                    with self.lock:
                        self.refused[f"connect:{type(exc).__name__}"] += 1
                    tries += 1
                    if tries > 5:
                        with self.lock:
                            self.gave_up += 1
                        n, tries = self.take(), 0
                    time.sleep(1.0)
                    continue
                in_session = 0
                with self.lock:
                    self.sessions += 1
            sender_index = n % self.senders
            mail_from, data = make_mail(n, sender_index)
            outcome = "ok"
            try:
                if in_session:
                    smtp.rset()
                code, _ = smtp.mail(mail_from)
                if code != 250:
                    outcome = str(code)
                else:
                    code, _ = smtp.rcpt(HELPLINE)
                    if code not in (250, 251):
                        outcome = str(code)
                    else:
                        t0 = time.perf_counter()
                        code, _ = smtp.data(data)  # raises SMTPDataError unless 250
                        latency = time.perf_counter() - t0
            except smtplib.SMTPDataError as exc:
                outcome = str(exc.smtp_code)
            except (OSError, smtplib.SMTPException) as exc:
                outcome = f"disconnect:{type(exc).__name__}"
                _close(smtp)
                smtp = None
            in_session += 1
            if outcome == "ok":
                with self.lock:
                    self.accepted += 1
                    self.accepted_senders.add(sender_index)
                    self.latencies.append(latency)
                n, tries = self.take(), 0
                continue
            with self.lock:
                self.refused[outcome] += 1
            tries += 1
            # A 5xx is final; a 4xx or a dropped connection is retried, as an MTA would.
            if outcome.startswith("5") or tries > 5:
                with self.lock:
                    self.gave_up += 1
                n, tries = self.take(), 0
            else:
                time.sleep(0.5 * tries)
        if smtp is not None:
            _quit(smtp)


def _quit(smtp: smtplib.SMTP) -> None:
    with contextlib.suppress(OSError, smtplib.SMTPException):
        smtp.quit()
    _close(smtp)


def _close(smtp: smtplib.SMTP | None) -> None:
    if smtp is not None:
        with contextlib.suppress(OSError):
            smtp.close()


@dataclass
class Monitor:
    """Once a second: time EHLO+NOOP+QUIT against the daemon, and read its RSS."""

    port: int
    pid: int
    flood: Flood
    host: CountingSmarthost
    stop: threading.Event = field(default_factory=threading.Event)
    phase: str = "flood"
    probes: dict[str, list[float]] = field(default_factory=lambda: {"flood": [], "drain": []})
    probe_failures: Counter[str] = field(default_factory=Counter)
    # (seconds since start, accepted so far, RSS KiB, threads)
    rss: list[tuple[float, int, int, int]] = field(default_factory=list)
    started_at: float = field(default_factory=time.monotonic)
    max_samples: int = 24 * 3600

    def probe(self) -> None:
        t0 = time.perf_counter()
        try:
            with smtplib.SMTP("127.0.0.1", self.port, local_hostname="probe.flood.example",
                              timeout=30) as smtp:
                smtp.ehlo()
                smtp.noop()
        except (OSError, smtplib.SMTPException) as exc:
            self.probe_failures[f"{self.phase}:{type(exc).__name__}"] += 1
            return
        self.probes[self.phase].append(time.perf_counter() - t0)

    def sample(self) -> None:
        kib = rss_kib(self.pid)
        if kib is not None:
            self.rss.append((time.monotonic() - self.started_at, self.flood.accepted, kib,
                             threads_of(self.pid) or 0))

    def run(self) -> None:
        last_report = time.monotonic()
        for _ in range(self.max_samples):
            if self.stop.is_set():
                break
            tick = time.monotonic()
            self.sample()
            self.probe()
            if tick - last_report >= 10:
                last_report = tick
                fwd, conf, other = self.host.snapshot()
                print(f"  [{tick - self.started_at:6.0f}s] {self.phase}: accepted "
                      f"{self.flood.accepted}, forwards {fwd}, confirmations {conf}, other "
                      f"{other}, RSS {self.rss[-1][2] / 1024 if self.rss else 0:.0f} MiB",
                      file=sys.stderr, flush=True)
            self.stop.wait(max(0.0, 1.0 - (time.monotonic() - tick)))


# --- the run -----------------------------------------------------------------------------------


def postgres_schema() -> tuple[str, str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    schema = f"mh_flood_{os.getpid()}_{int(time.time()) % 10**6}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    url = make_url(PG_ADMIN_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    return schema, url.render_as_string(hide_password=False)


def drop_postgres_schema(schema: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def database_counts(url: str) -> tuple[Counter[str], Counter[str]]:
    """Inbound rows by status, outbox rows by kind/status."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            inbound = Counter({row[0]: row[1] for row in conn.execute(
                text("SELECT status, count(*) FROM inbound GROUP BY status"))})
            outbox = Counter({f"{row[0]}/{row[1]}": row[2] for row in conn.execute(
                text("SELECT kind, status, count(*) FROM outbox GROUP BY kind, status"))})
    finally:
        engine.dispose()
    return inbound, outbox


def mailhandler(config: Path, *args: str, timeout: float = 60) -> None:
    result = subprocess.run([sys.executable, "-m", "mailhandler", "--config", str(config), *args],
                            capture_output=True, text=True, cwd=config.parent, env=child_env(),
                            timeout=timeout)
    if result.returncode != 0:
        raise SystemExit(f"mailhandler {' '.join(args)} failed: {result.stderr.strip()}")


def wait_listening(proc: subprocess.Popen[bytes], port: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the daemon exited early with status {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the daemon did not start listening")


def rss_at(samples: list[tuple[float, int, int, int]], accepted: int) -> int | None:
    for _, done, kib, _ in samples:
        if done >= accepted:
            return kib
    return None


def mib(kib: int | None) -> str:
    return "n/a" if kib is None else f"{kib / 1024:.1f} MiB"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.flood", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    # 10,000 mails take about 20 minutes end to end on a 2-CPU machine with SQLite (the
    # incoming runner does about 11 mails/s): the default is half that, --mails 10000 the issue's.
    parser.add_argument("--mails", type=int, default=5000)
    parser.add_argument("--senders", type=int, default=None,
                        help="distinct senders, round robin (default: mails / 5)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--workers", type=int, default=1,
                        help="[processing] workers: processing worker processes")
    parser.add_argument("--per-session", type=int, default=20,
                        help="mails per SMTP connection (the daemon allows 100 of each command)")
    parser.add_argument("--flood-timeout", type=float, default=1800,
                        help="seconds the sending may take at most")
    parser.add_argument("--drain-timeout", type=float, default=1800,
                        help="seconds to wait for every forward and confirmation after the flood")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data directory")
    args = parser.parse_args(argv)
    if args.senders is None:
        args.senders = max(1, args.mails // 5)
    if args.mails < 1 or not 1 <= args.senders <= args.mails or args.clients < 1:
        parser.error("need mails >= senders >= 1 and clients >= 1")

    tmp = Path(tempfile.mkdtemp(prefix="mh-flood-"))
    schema: str | None = None
    if args.database == "postgresql":
        schema, database = postgres_schema()
    else:
        database = f"sqlite:///{tmp / 'var' / 'mailhandler.db'}"

    host = CountingSmarthost(volunteers=frozenset(a for a, _ in VOLUNTEERS))
    host_port = free_port()
    controller = Controller(host, hostname="127.0.0.1", port=host_port)
    controller.start()
    port = free_port()
    config = write_config(tmp, port, f"smtp://127.0.0.1:{host_port}",
                          DUTY_ROOM + f"\n[processing]\nworkers = {args.workers}\n",
                          database=database)
    for address, nick in VOLUNTEERS:
        mailhandler(config, "volunteer", "add", address, "--nickname", nick)

    log_path = tmp / "daemon.log"
    with open(log_path, "ab") as log:
        proc = subprocess.Popen([sys.executable, "-m", "mailhandler", "--config", str(config),
                                 "serve"], stdout=log, stderr=log, cwd=tmp, env=child_env())
    failures: list[str] = []
    try:
        wait_listening(proc, port, 30)
        time.sleep(1.0)  # let it settle before the first RSS sample
        print(f"flood: {args.mails} mails from {args.senders} senders, {args.clients} clients, "
              f"{args.per_session} mails per session, {args.database}, daemon pid {proc.pid}",
              file=sys.stderr, flush=True)

        flood = Flood(port=port, mails=args.mails, senders=args.senders,
                      per_session=args.per_session,
                      deadline=time.monotonic() + args.flood_timeout)
        monitor = Monitor(port=port, pid=proc.pid, flood=flood, host=host)
        monitor.sample()
        rss_start = monitor.rss[-1][2] if monitor.rss else None
        watcher = threading.Thread(target=monitor.run, name="monitor", daemon=True)
        watcher.start()

        flood.started_at = time.monotonic()
        clients = [threading.Thread(target=flood.client, name=f"client-{i}", daemon=True)
                   for i in range(args.clients)]
        for thread in clients:
            thread.start()
        for thread in clients:
            thread.join(timeout=max(1.0, flood.deadline - time.monotonic() + 120))
        flood.ended_at = time.monotonic()
        monitor.phase = "drain"

        expected_forwards = flood.accepted * FORWARDS_PER_MAIL
        expected_confirmations = len(flood.accepted_senders)
        drain_deadline = time.monotonic() + args.drain_timeout
        while time.monotonic() < drain_deadline:
            fwd, conf, _ = host.snapshot()
            if fwd >= expected_forwards and conf >= expected_confirmations:
                break
            if proc.poll() is not None:
                failures.append(f"the daemon died during the run (status {proc.returncode})")
                break
            time.sleep(0.2)
        drained_at = time.monotonic()
        time.sleep(3.0)  # anything extra (a second confirmation) would arrive now
        monitor.sample()
        rss_end = monitor.rss[-1][2] if monitor.rss else None
        monitor.stop.set()
        watcher.join(timeout=40)

        exit_code: int | None = None
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                exit_code = proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
                failures.append("the daemon did not stop within 60 s of SIGTERM")
        else:
            exit_code = proc.returncode
        if exit_code != 0:
            failures.append(f"daemon exit status {exit_code}, expected 0")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        controller.stop()

    inbound, outbox = database_counts(database)
    processed = inbound["done"] + inbound["quarantined"]
    lost = flood.accepted - processed
    fwd, conf, other = host.snapshot()
    per_sender = Counter(host.confirmations_to.values())
    confirmed_senders = len(host.confirmations_to)
    log_text = log_path.read_text(errors="replace")
    log_errors = sum(" ERROR " in line for line in log_text.splitlines())
    log_warnings = sum(" WARNING " in line for line in log_text.splitlines())

    flood_seconds = max(flood.ended_at - flood.started_at, 1e-9)
    last_forward = (host.last_forward_at - flood.started_at) if host.last_forward_at else None
    samples = monitor.rss
    rss_10 = rss_at(samples, max(1, args.mails // 10))
    rss_50 = rss_at(samples, max(1, args.mails // 2))
    rss_max = max((kib for _, _, kib, _ in samples), default=None)
    threads_max = max((t for _, _, _, t in samples), default=None)
    refused_total = sum(flood.refused.values())

    print()
    print(f"== flood: {args.mails} mails, {args.senders} senders, {args.clients} clients, "
          f"{args.database}, {args.workers} worker(s) ==")
    print(f"mails accepted:            {flood.accepted} of {args.mails} "
          f"({flood.gave_up} given up)")
    print(f"accepted/s:                {flood.accepted / flood_seconds:.1f} "
          f"(flood took {flood_seconds:.1f} s, {flood.sessions} SMTP sessions)")
    lat = flood.latencies
    print(f"SMTP latency DATA->250:    p50 {ms(percentile(lat, 50))}  p95 "
          f"{ms(percentile(lat, 95))}  p99 {ms(percentile(lat, 99))}  max "
          f"{ms(max(lat, default=float('nan')))}")
    for phase in ("flood", "drain"):
        probes = monitor.probes[phase]
        print(f"probe EHLO+NOOP+QUIT ({phase}): p50 {ms(percentile(probes, 50))}  max "
              f"{ms(max(probes, default=float('nan')))}  ({len(probes)} probes)")
    print(f"probe failures:            {dict(monitor.probe_failures) or 0}")
    print(f"RSS:                       start {mib(rss_start)}  10% {mib(rss_10)}  50% "
          f"{mib(rss_50)}  end {mib(rss_end)}  max {mib(rss_max)}")
    if rss_10 is not None and rss_end is not None:
        print(f"RSS growth 10% -> end:     {(rss_end - rss_10) / 1024:+.1f} MiB "
              f"({(rss_end - rss_10) / rss_10 * 100:+.1f}%); threads max {threads_max}")
    if last_forward is not None:
        print(f"last forward delivered:    {last_forward:.1f} s after the first mail "
              f"({flood.accepted / last_forward:.1f} mails/s end to end, "
              f"{fwd / last_forward:.1f} forwards/s)")
    else:
        print("last forward delivered:    never")
    print(f"drain after the flood:     {drained_at - flood.ended_at:.1f} s")
    print(f"confirmations sent:        {conf} for {len(flood.accepted_senders)} distinct senders "
          f"(senders confirmed: {confirmed_senders}; per sender: {dict(per_sender)})")
    print(f"forwards sent:             {fwd} of {expected_forwards} expected "
          f"(duplicate Message-IDs: {host.duplicates}, naming the sender: {host.leaks})")
    print(f"other mail sent:           {other}")
    print(f"refused:                   {refused_total} {dict(flood.refused) or ''}")
    print(f"database inbound:          {dict(inbound)}")
    print(f"database outbox:           {dict(outbox)}")
    print(f"daemon log:                {log_errors} ERROR, {log_warnings} WARNING lines")
    print(f"lost:                      {lost}")

    if lost != 0:
        failures.append(f"{lost} accepted mail(s) not processed")
    if inbound["quarantined"]:
        failures.append(f"{inbound['quarantined']} mail(s) quarantined")
    if conf != len(flood.accepted_senders) or set(per_sender) - {1} \
            or confirmed_senders != len(flood.accepted_senders):
        failures.append("confirmations are not exactly one per sender")
    if host.bad_confirmations:
        failures.append(f"{host.bad_confirmations} null-sender mail(s) to senders without "
                        "Auto-Submitted: auto-replied")
    if fwd != expected_forwards:
        failures.append(f"{fwd} forwards, expected {expected_forwards}")
    if host.duplicates:
        failures.append(f"{host.duplicates} duplicate deliveries")
    if host.leaks:
        failures.append(f"{host.leaks} forwards name a sender's address")
    if flood.accepted != args.mails:
        failures.append(f"only {flood.accepted} of {args.mails} mails accepted")
    for failure in failures:
        print(f"FAIL: {failure}")
    if failures or args.keep:
        print(f"data kept in {tmp}" + (f" (PostgreSQL schema {schema})" if schema else ""))
    else:
        shutil.rmtree(tmp, ignore_errors=True)
        if schema:
            drop_postgres_schema(schema)
    if not failures:
        print("OK")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
