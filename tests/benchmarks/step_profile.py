"""Benchmark: where the CPU of one mail goes, step by step, in one process.

    .venv/bin/python -m tests.benchmarks.step_profile [--mails 300] [--dkim] [--top 25]
        [--stats FILE]

The throughput benchmark says how much CPU a mail costs the daemon and its worker; this
one says where. It stores N help-seekers' mails (the throughput benchmark's 4 KB mails,
each from a sender of its own, so each opens a conversation) straight into a fresh
SQLite store, then takes the steps the daemon takes, one kind at a time, in this
process, and measures each with time.process_time() and cProfile:

1. confirm: runners/incoming.process_one for every mail (parse, SPF against the tests'
   DNS server, snapshot, decide, compose the confirmation, write);
2. forward: runners/incoming.forward_one for every mail (parse again, clean the body,
   compose the forward to the one volunteer on duty, write);
3. send: runners/outgoing.deliver_due through the signing transport (X-Loop, and DKIM
   with --dkim) to a bare aiosmtpd server in a process of its own.

It prints the CPU milliseconds per mail of each step, measured without the profiler
(so the figures are not inflated by it), then, from a second, profiled pass over fresh
mails, each step's own time split by where the code lives (the stdlib's email package,
SQLAlchemy, mailhandler's cleaning, ...), and the top functions. It measures, never
asserts; it exits non-zero only if a mail was not confirmed, forwarded or sent.
Only 127.0.0.1 and .example domains.
"""

from __future__ import annotations

import argparse
import cProfile
import multiprocessing as mp
import pstats
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.benchmarks.flood import DUTY_ROOM, VOLUNTEERS, mailhandler
from tests.benchmarks.throughput import (
    SENDER_DOMAIN,
    ChildServer,
    Senders,
    bare_server_main,
    text_mails,
)
from tests.conftest import HELPLINE, free_port, write_config

STEPS = ("confirm", "forward", "send")
# The parts of the split, timed (process_time) by a wrapper where they are looked up:
# (module, attribute, label). None of them calls another of them.
PARTS = (
    ("mailhandler.store.inbox", "count_attempt", "DB: count the attempt"),
    ("mailhandler.store.inbox", "read", "ORM: read and decrypt the stored mail"),
    ("mailhandler.runners.incoming", "read_mail", "parse the mail (email package), its facts"),
    ("mailhandler.runners.incoming", "authenticate", "SPF/DKIM/DMARC of the incoming mail"),
    # The snapshot is read once (Core); its guard reads its facts again in the write.
    ("mailhandler.store.conversations", "seeker_read", "DB: snapshot (and is it ours)"),
    ("mailhandler.store.conversations", "forward_read", "DB: snapshot"),
    ("mailhandler.store.conversations.Guard", "holds", "DB: guard, the snapshot's facts again"),
    ("mailhandler.store.inbox", "is_in", "DB: guard, mail still in its state"),
    ("mailhandler.handlers.seeker", "mail_is_urgent", "urgent phrases"),
    ("mailhandler.handlers.seeker", "forward_content", "clean body and subject (relay, scrub)"),
    # compose_forward calls this same global: both mails' composing, counted once.
    ("mailhandler.handlers.seeker", "compose", "compose (email package)"),
    ("mailhandler.store.conversations", "apply", "DB: write the decision, queue the mail"),
    ("mailhandler.store.conversations", "apply_duty", "DB: write the duty plan"),
    ("mailhandler.store.inbox", "advance", "DB: advance the mail's state"),
    ("mailhandler.store.outbox", "claim", "ORM: claim and decrypt outbox items"),
    ("mailhandler.store.outbox", "mark_sent", "DB: mark sent (batched)"),
    ("mailhandler.outbound.signing.SigningTransport", "prepare", "X-Loop and DKIM signature"),
    ("mailhandler.outbound.transport.SmtpTransport", "_send", "SMTP to the sink (smtplib)"),
)


class Split:
    """CPU time per part, from wrappers put in place of PARTS for the timed pass: a few
    calls per mail, so unlike cProfile they hardly change what they measure."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._undo: list[Callable[[], None]] = []

    def __enter__(self) -> Split:
        import importlib

        for where, name, label in PARTS:
            module, _, last = where.rpartition(".")
            owner: Any = (getattr(importlib.import_module(module), last) if last[0].isupper()
                          else importlib.import_module(where))
            original = owner.__dict__[name]
            self._undo.append(lambda o=owner, n=name, f=original: setattr(o, n, f))
            setattr(owner, name, self._timed(original, label))
        return self

    def _timed(self, original: Any, label: str) -> Any:
        is_static = isinstance(original, staticmethod)
        fn = original.__func__ if is_static else original
        seconds = self.seconds

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                seconds[label] += time.process_time() - start

        return staticmethod(timed) if is_static else timed

    def __exit__(self, *exc: object) -> None:
        for undo in reversed(self._undo):
            undo()

# Where a function's own time is counted: the first matching fragment of its file path.
AREAS = (
    ("/email/", "stdlib email (parse, policy, generator)"),
    ("sqlalchemy", "SQLAlchemy"),
    ("sqlite3", "sqlite3 driver"),
    ("{built-in method _sqlite3", "sqlite3 driver"),
    ("/dkim/", "dkimpy"),
    ("/dns/", "dnspython (SPF)"),
    ("/spf", "pyspf"),
    ("cryptography", "cryptography (vault, DKIM RSA)"),
    ("mailhandler/core/compose", "mailhandler compose"),
    ("mailhandler/core/relay", "mailhandler cleaning (relay, scrub, html)"),
    ("mailhandler/core/scrub", "mailhandler cleaning (relay, scrub, html)"),
    ("mailhandler/core/html", "mailhandler cleaning (relay, scrub, html)"),
    ("mailhandler/core/redact", "mailhandler cleaning (relay, scrub, html)"),
    ("mailhandler/store", "mailhandler store"),
    ("mailhandler/", "mailhandler, other"),
    ("smtplib", "smtplib/socket"),
    ("socket", "smtplib/socket"),
    ("/re/", "re"),
    ("{method '", "builtin methods"),
    ("{built-in", "builtins"),
)


def area(filename: str) -> str:
    for fragment, name in AREAS:
        if fragment in filename:
            return name
    return "other"


def setup(tmp: Path, port: int, dkim: bool) -> Path:
    extra = DUTY_ROOM
    if dkim:
        from mailhandler.outbound.signing import create_key

        create_key(tmp / "dkim.pem")
        extra += f'\n[dkim]\nselector = "bench"\nkey_file = "{tmp / "dkim.pem"}"\n'
    config = write_config(tmp, free_port(), f"smtp://127.0.0.1:{port}", extra)
    for address, nick in VOLUNTEERS:
        mailhandler(config, "volunteer", "add", address, "--nickname", nick)
    return config


class Steps:
    """A fresh store and the daemon's three steps over it, in this process."""

    def __init__(self, config: Path) -> None:
        from mailhandler.config import load_config
        from mailhandler.context import open_context
        from mailhandler.outbound.signing import signing_transport
        from mailhandler.outbound.transport import transport_for
        from mailhandler.runners.outgoing import SentJournal

        # As the daemon: "sent" marks journalled, written to the database a batch at a time.
        self.journal = SentJournal(config.parent / "sent.journal")
        self.cfg = load_config(config)
        self.ctx = open_context(self.cfg)
        self.transport = signing_transport(self.cfg, transport_for(
            self.cfg.outbound, local_hostname="bench.example"))
        self.statements = 0  # SQL statements sent to the database, COMMITs not counted
        from sqlalchemy import event

        event.listen(self.ctx.store.engine, "before_cursor_execute", self._count)

    def _count(self, *args: object) -> None:
        self.statements += 1

    def store(self, mails: list[tuple[str, bytes]]) -> list[int]:
        from mailhandler.store.repository import Envelope

        return self.ctx.store.accept_many([
            (raw, Envelope(sender, (HELPLINE,), "127.0.0.1", f"mx.{SENDER_DOMAIN}"), "smtp")
            for sender, raw in mails])

    def run(self, step: str, ids: list[int]) -> int:
        from mailhandler.runners.incoming import forward_one, process_one
        from mailhandler.runners.outgoing import deliver_due

        if step == "confirm":
            return sum(process_one(self.ctx, i) is not None for i in ids)
        if step == "forward":
            return sum(forward_one(self.ctx, i) is not None for i in ids)
        done = 0
        for _ in range(len(ids) * 4):  # bounded: each call delivers up to 200
            sent = deliver_due(self.ctx.store, self.transport, limit=200,
                               journal=self.journal)
            done += sent
            if not sent:
                break
        return done


def timed(fn: Callable[[], int]) -> tuple[int, float]:
    start = time.process_time()
    done = fn()
    return done, time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.step_profile",
                                     description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mails", type=int, default=300)
    parser.add_argument("--size-kb", type=int, default=4)
    parser.add_argument("--dkim", action="store_true", help="sign with a 2048-bit RSA key")
    parser.add_argument("--top", type=int, default=20, help="functions listed per step")
    parser.add_argument("--stats", type=Path, help="write the profiled pass's pstats here")
    parser.add_argument("--no-profile", action="store_true", help="only the timed pass")
    args = parser.parse_args(argv)
    if args.mails < 1:
        parser.error("--mails must be at least 1")

    tmp = Path(tempfile.mkdtemp(prefix="mh-steps-"))
    failures: list[str] = []
    try:
        with ChildServer(mp.get_context("spawn"), bare_server_main, (26_214_400,),
                         "bare") as sink:
            steps = Steps(setup(tmp, sink.port, args.dkim))
            senders = Senders()
            # Warm-up: imports, caches, the first key of the year, the connection.
            warm = steps.store(text_mails(senders, 5, args.size_kb * 1024))
            for step in STEPS:
                steps.run(step, warm)

            ids = steps.store(text_mails(senders, args.mails, args.size_kb * 1024))
            cpu: dict[str, float] = {}
            split: dict[str, dict[str, float]] = {}
            statements: dict[str, int] = {}
            for step in STEPS:
                before = steps.statements
                with Split() as parts:
                    done, cpu[step] = timed(lambda step=step: steps.run(step, ids))  # type: ignore[misc]
                split[step] = dict(parts.seconds)
                statements[step] = steps.statements - before
                expected = len(ids) * (2 if step == "send" else 1)  # confirmation + forward
                if done != expected:
                    failures.append(f"{step}: {done} of {expected}")

            profiles: dict[str, cProfile.Profile] = {}
            if not args.no_profile:
                ids = steps.store(text_mails(senders, args.mails, args.size_kb * 1024))
                for step in STEPS:
                    profiles[step] = cProfile.Profile(time.process_time)  # CPU, not wall time
                    profiles[step].runcall(steps.run, step, ids)
            steps.transport.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    n = args.mails
    print(f"\n== CPU per mail by step: {n} mails of {args.size_kb} KB, SQLite, one volunteer "
          f"on duty, {'DKIM-signed' if args.dkim else 'unsigned'} ==")
    for step in STEPS:
        print(f"{step:<8} {cpu[step] / n * 1000:7.2f} ms  {statements[step] / n:5.1f} SQL "
              "statements")
    print(f"{'total':<8} {sum(cpu.values()) / n * 1000:7.2f} ms  (this process only; the "
          "SMTP sink's CPU is not counted)")
    for step in STEPS:
        print(f"\n-- {step}: {cpu[step] / n * 1000:.2f} ms per mail, by part (not profiled) --")
        rest = cpu[step]
        for label, seconds in sorted(split[step].items(), key=lambda kv: -kv[1]):
            rest -= seconds
            print(f"  {seconds / n * 1000:6.2f} ms {seconds / cpu[step] * 100:5.1f}%  {label}")
        print(f"  {rest / n * 1000:6.2f} ms {rest / cpu[step] * 100:5.1f}%  the rest (runner, "
              "transactions, decisions)")
    for step, profile in profiles.items():
        stats = pstats.Stats(profile)
        own: dict[str, float] = defaultdict(float)
        total = 0.0
        for (filename, _, name), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
            own[area(filename if filename != "~" else name)] += tottime
            total += tottime
        print(f"\n-- {step}: own time by area (profiled, {total / n * 1000:.2f} ms per mail "
              "CPU with the profiler's overhead) --")
        for name, seconds in sorted(own.items(), key=lambda kv: -kv[1]):
            if seconds / total >= 0.01:
                print(f"  {seconds / total * 100:5.1f}%  {name}")
        if args.top:
            print(f"-- {step}: top {args.top} functions by cumulative time --")
            stats.sort_stats("cumulative").print_stats(args.top)
        if args.stats:
            stats.dump_stats(args.stats.with_suffix(f".{step}.pstats"))
    for failure in failures:
        print(f"FAIL: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
