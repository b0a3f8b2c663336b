"""The later DEV rounds of the relay-text corpus (dev/more/, dev/round3/ … dev/round30/) are sound
and are exactly what tests/tools/relay_corpus_rounds.py writes from their hand-written bodies.

Wrong labels in a round would tune the relay towards leaking or dropping words, and a hand edit
of a generated file would drift from the bodies the labels are derived from.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tools import relay_corpus_dev, relay_corpus_rounds
from tests.tools.relay_corpus_check import check_set


@pytest.mark.parametrize("name", relay_corpus_rounds.ROUNDS)
def test_every_label_of_a_dev_round_occurs_in_its_mail(name: str) -> None:
    assert relay_corpus_dev.check(relay_corpus_dev.OUT / name) == []


@pytest.mark.parametrize("name", relay_corpus_rounds.ROUNDS)
def test_a_dev_round_is_what_its_generator_writes(name: str, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(relay_corpus_dev, "all_cases",
                        lambda: relay_corpus_rounds.round_cases(name))
    relay_corpus_dev.build(tmp_path)
    committed = {p.name: p.read_bytes() for p in (relay_corpus_dev.OUT / name).iterdir()}
    generated = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert sorted(generated) == sorted(committed)
    assert [n for n in generated if generated[n] != committed[n]] == []


# The rounds written since the shared format checker existed (the earlier ones predate it).
SHARED_FORMAT_ROUNDS = ("round6", *(f"round{n}" for n in range(8, 58)))


@pytest.mark.parametrize("name", SHARED_FORMAT_ROUNDS)
def test_a_later_round_meets_the_shared_corpus_format_too(name: str) -> None:
    # The format checker the held-out sets are held to (To is the bare alias, …).
    assert check_set(relay_corpus_dev.OUT / name) == []
