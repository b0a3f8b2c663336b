"""Benchmark: peak memory of the daemon and of its processing worker for big mails.

    .venv/bin/python -m tests.benchmarks.memory [--big-mb 25] [--concurrent 10] [--runs 1]
        [--kind wav|bin] [--signed] [--timeout 900]

A fresh daemon (`mailhandler serve`, processing on, two volunteers, an aiosmtpd
smarthost in a process of its own) gets one --big-mb MiB mail (a short text and a
base64 attachment), and, once that is confirmed and forwarded, --concurrent such mails
at once, each from a sender of its own over a connection of its own. The attachment is
(--kind wav, the default) a WAV recording of noise, which the attachment cleaner
forwards byte for byte, so the forward (to the one volunteer on duty) carries it; or
(--kind bin) random bytes of no known kind, which it withholds (what
tests/benchmarks/throughput.py sends). With --signed every big mail carries a DKIM
signature (rsa-sha256, relaxed/relaxed, as the big providers sign) by its sender's
domain, whose key the tests' DNS server publishes: the worker verifies it (anyone can
put a DKIM-Signature header on a big mail). --concurrent 0 leaves the second phase out.

Both processes are measured on their own: the daemon (SMTP intake, committer, outbox
delivery) and its processing worker (throughput/worker.py). For each: the idle VmRSS
before the mail (after a small warm-up mail went through), then the peak while the
mail is received, processed and delivered: VmRSS sampled every 10 ms, and VmHWM
(the kernel's high-water mark, reset before each phase through /proc/PID/clear_refs)
for what falls between two samples. The
figure is (peak - idle) / mail size, in bytes per byte; for the concurrent phase
also the peak in MiB, both processes summed, which is what the README's bound is about.

It measures and never fails on a figure; it exits non-zero only when a mail was not
accepted or not delivered (its confirmation and its forward). Only 127.0.0.1, only
.example domains; the processes and the temporary directory are removed at the end.
"""

from __future__ import annotations

import argparse
import base64
import multiprocessing as mp
import random
import shutil
import struct
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.benchmarks.flood import FORWARDS_PER_MAIL
from tests.benchmarks.throughput import (
    DEFAULT_MAX_MESSAGE_BYTES,
    SENDER_DOMAIN,
    Daemon,
    Mail,
    Senders,
    Smarthost,
    _headers,
    attachment_mails,
    check_drive,
    drive,
    family,
    progress,
    status_kib,
    text_mails,
    wait_delivered,
)

SAMPLE_SECONDS = 0.01


def wav_mail(n: int, sender: str, size: int) -> bytes:
    """A mail of about `size` bytes: a short text and a WAV of noise (no metadata)."""
    boundary = f"=_bench_{n:012d}"
    head = [*_headers(n, sender), f'Content-Type: multipart/mixed; boundary="{boundary}"', "",
            f"--{boundary}", "Content-Type: text/plain; charset=utf-8", "",
            "Hallo, hierbij de opname waar ik over schreef.", "", f"--{boundary}",
            "Content-Type: audio/wav",
            'Content-Disposition: attachment; filename="opname.wav"',
            "Content-Transfer-Encoding: base64", ""]
    prefix = ("\r\n".join(head) + "\r\n").encode()
    samples = random.Random(n).randbytes(max(0, (size - len(prefix) - 100) * 3 // 4 - 44))
    fmt = struct.pack("<HHIIHH", 1, 2, 44_100, 44_100 * 4, 4, 16)
    body = (b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
            + b"data" + struct.pack("<I", len(samples)) + samples)
    wav = b"RIFF" + struct.pack("<I", len(body)) + body
    return (prefix + base64.encodebytes(wav).replace(b"\n", b"\r\n")
            + f"--{boundary}--\r\n".encode())


def big_mails(kind: str, senders: Senders, count: int, size: int,
              signer: Signer | None = None) -> list[Mail]:
    if kind == "bin":
        mails = attachment_mails(senders, count, size)
    else:
        mails = [(sender, wav_mail(n, sender, size)) for n, sender in senders.take(count)]
    return mails if signer is None else [(s, signer.sign(m)) for s, m in mails]


class Signer:
    """Signs as the senders' domain with a key published in the tests' DNS server."""

    SELECTOR = b"bench"

    def __init__(self) -> None:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        from mailhandler.outbound.signing import public_key_der
        from tests.dnsserver import shared_dns

        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.pem = key.private_bytes(serialization.Encoding.PEM,
                                     serialization.PrivateFormat.TraditionalOpenSSL,
                                     serialization.NoEncryption())
        shared_dns().publish_dkim_key(self.SELECTOR.decode(), SENDER_DOMAIN,
                                      public_key_der(self.pem))

    def sign(self, mail: bytes) -> bytes:
        import dkim

        return dkim.sign(mail, self.SELECTOR, SENDER_DOMAIN.encode(), self.pem,
                         canonicalize=(b"relaxed", b"relaxed"),
                         include_headers=[b"from", b"to", b"subject", b"date",
                                          b"message-id"]) + mail


def reset_peak(pid: int) -> None:
    """Reset VmHWM to the current VmRSS (proc(5): writing 5 to clear_refs)."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        pass  # another user's process, or an old kernel: the samples still count


def is_worker(pid: int) -> bool:
    """The processing worker, not multiprocessing's resource tracker (also a child)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            cmdline = fh.read()
    except OSError:
        return False
    return b"spawn_main" in cmdline and b"resource_tracker" not in cmdline


@dataclass
class ProcessPeak:
    pid: int
    idle_kib: int
    sampled_kib: int = 0
    hwm_kib: int = 0

    @property
    def increase_kib(self) -> int:
        return max(0, max(self.sampled_kib, self.hwm_kib) - self.idle_kib)


@dataclass
class Peaks:
    """The peak RSS of the daemon and of its worker over a `with` block, each on its own."""

    daemon_pid: int
    max_seconds: float
    processes: dict[str, ProcessPeak] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        children = [p for p in family(self.daemon_pid)
                    if p != self.daemon_pid and is_worker(p)]
        if len(children) != 1:
            raise SystemExit(f"expected one processing worker under the daemon, found "
                             f"{len(children)}")
        for name, pid in (("daemon", self.daemon_pid), ("worker", children[0])):
            reset_peak(pid)
            idle = status_kib(pid, "VmRSS") or 0
            self.processes[name] = ProcessPeak(pid, idle, idle)
        self._thread = threading.Thread(target=self._sample, daemon=True, name="sampler")

    def _sample(self) -> None:
        deadline = time.monotonic() + self.max_seconds
        while not self._stop.wait(SAMPLE_SECONDS) and time.monotonic() < deadline:
            for each in self.processes.values():
                rss = status_kib(each.pid, "VmRSS") or 0
                each.sampled_kib = max(each.sampled_kib, rss)

    def __enter__(self) -> Peaks:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for each in self.processes.values():
            each.hwm_kib = status_kib(each.pid, "VmHWM") or 0


@dataclass
class Phase:
    name: str
    mails: int
    bytes_per_mail: int
    peaks: dict[str, ProcessPeak]
    daemon_at_250_kib: int  # the daemon's increase when the last 250 came: intake alone

    def line(self) -> str:
        size = self.bytes_per_mail * self.mails
        parts = [f"{self.name:<22}", f"daemon at the 250 +{self.daemon_at_250_kib / 1024:.1f} "
                 f"MiB ({self.daemon_at_250_kib * 1024 / size:.2f} B/B)"]
        total = 0
        for name, peak in self.peaks.items():
            total += peak.increase_kib
            parts.append(f"{name} idle {peak.idle_kib / 1024:5.0f} MiB "
                         f"+{peak.increase_kib / 1024:6.1f} MiB "
                         f"({peak.increase_kib * 1024 / size:5.2f} B/B)")
        parts.append(f"both +{total / 1024:6.1f} MiB")
        return ";  ".join(parts)


def run_once(args: argparse.Namespace, tmp: Path, number: int) -> list[Phase]:
    ctx = mp.get_context("spawn")
    senders = Senders()
    size = args.big_mb * 1024 * 1024
    limit = max(DEFAULT_MAX_MESSAGE_BYTES, size + 1024 * 1024)
    stop = threading.Event()
    phases: list[Phase] = []
    failures: list[str] = []
    with Smarthost(ctx, limit) as host, \
            Daemon(tmp / f"run{number}", f"smtp://127.0.0.1:{host.port}", accept_only=False,
                   max_message_bytes=limit) as daemon:
        # A small mail first: "idle" is a daemon that has processed and sent mail (the
        # modules a first mail loads are not the big mail's cost).
        warm_up = text_mails(senders, 1, 4096)
        sent = drive(daemon.port, warm_up, clients=1, per_session=1, timeout=args.timeout,
                     stop=stop)
        delivered = FORWARDS_PER_MAIL * len(sent.accepted)
        if not wait_delivered(host, sent.accepted, delivered, daemon, args.timeout):
            raise SystemExit("FAIL: the warm-up mail was not delivered")
        time.sleep(6.0)  # memory.LINGER_SECONDS: the trims after it are done
        signer = Signer() if args.signed else None
        for name, count in (("one mail", 1), (f"{args.concurrent} at once", args.concurrent)):
            if not count:
                continue
            mails = big_mails(args.kind, senders, count, size, signer)
            progress(f"run {number}: {name}, {count} x {len(mails[0][1]) / 2**20:.1f} MiB")
            with Peaks(daemon.pid, args.timeout + 60) as peaks:
                sent = drive(daemon.port, mails, clients=count, per_session=1,
                             timeout=args.timeout, stop=stop)
                intake = peaks.processes["daemon"]
                at_250 = max(intake.sampled_kib,
                             status_kib(intake.pid, "VmHWM") or 0) - intake.idle_kib
                delivered += FORWARDS_PER_MAIL * len(sent.accepted)
                done = wait_delivered(host, sent.accepted, delivered, daemon, args.timeout)
                time.sleep(1.0)  # what is freed or written after the last delivery
            check_drive(name, sent, failures)
            if not done:
                failures.append(f"{name}: not every confirmation and forward delivered")
            phases.append(Phase(name, count, len(mails[0][1]), peaks.processes, at_250))
            print(f"run {number}: {phases[-1].line()}", flush=True)
            del mails
            time.sleep(6.0)  # memory.LINGER_SECONDS: the trims after a big mail are done
    if failures:
        raise SystemExit("FAIL: " + "; ".join(failures))
    return phases


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--big-mb", type=int, default=25, help="size of each mail, MiB")
    parser.add_argument("--concurrent", type=int, default=10)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--kind", choices=("wav", "bin"), default="wav",
                        help="an attachment forwarded whole (wav) or withheld (bin)")
    parser.add_argument("--signed", action="store_true",
                        help="every big mail carries a DKIM signature the worker verifies")
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="mailhandler-memory-"))
    try:
        results = [run_once(args, tmp, n + 1) for n in range(args.runs)]
    except KeyboardInterrupt:
        return 130
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    print("\nsummary (peak above idle, bytes per byte of mail):")
    for index, name in enumerate(phase.name for phase in results[0]):
        for process in ("daemon", "worker"):
            figures = [r[index].peaks[process].increase_kib * 1024
                       / (r[index].bytes_per_mail * r[index].mails) for r in results]
            print(f"  {name:<14} {process}: " + ", ".join(f"{f:.2f}" for f in figures))
        intake = [r[index].daemon_at_250_kib * 1024 / (r[index].bytes_per_mail * r[index].mails)
                  for r in results]
        print(f"  {name:<14} daemon at the 250: " + ", ".join(f"{f:.2f}" for f in intake))
        totals = [sum(p.increase_kib for p in r[index].peaks.values()) / 1024 for r in results]
        print(f"  {name:<14} both, MiB: " + ", ".join(f"{t:.0f}" for t in totals))
    return 0


if __name__ == "__main__":
    sys.exit(main())
