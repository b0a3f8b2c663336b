"""The benchmarks run, small, in the suite: they must stay runnable and their correctness
checks (no mail lost, one confirmation per sender, every forward) must hold. Their figures
are printed, never asserted: performance is measured in a benchmark, not a timed test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_throughput_benchmark_runs_small_and_loses_nothing() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.throughput", "--quick", "--repeat", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "OK: every accepted mail stored, processed, confirmed once" in done.stdout
    for figure in ("accept", "end to end", "confirmation p50 / p99", "peak RSS increase"):
        assert figure in done.stdout


@pytest.mark.slow
@pytest.mark.parametrize("signed", [[], ["--signed"]], ids=["unsigned", "signed"])
def test_the_memory_benchmark_runs_small_and_every_mail_arrives(signed: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.memory", "--big-mb", "2", "--concurrent", "3",
         *signed],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    for figure in ("one mail       daemon:", "one mail       worker:", "3 at once      both"):
        assert figure in done.stdout
