"""The DEV relay-text corpus is sound and is exactly what its generator writes.

The relay's rules are tuned on tests/fixtures/relay_text/dev/; wrong labels there would tune
them towards leaking or dropping words. These tests parse every mail and check that each
identity string occurs in it and each content span in the text the reader sees, and that
nobody edited the generated files by hand (they would drift from the hand-written bodies in
tests/tools/relay_corpus_dev_cases/).
"""

from __future__ import annotations

from pathlib import Path

from tests.tools import relay_corpus_dev


def test_every_dev_label_occurs_in_its_mail() -> None:
    assert relay_corpus_dev.check() == []


def test_dev_corpus_is_what_the_generator_writes(tmp_path: Path) -> None:
    relay_corpus_dev.build(tmp_path)
    # Subfolders hold cases of their own generators (issue-12/, more/), each checked apart.
    committed = {p.name: p.read_bytes() for p in relay_corpus_dev.OUT.iterdir() if p.is_file()}
    generated = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert sorted(generated) == sorted(committed)
    changed = [name for name in generated if generated[name] != committed[name]]
    assert changed == []


def test_dev_corpus_has_the_agreed_size_and_mix() -> None:
    import tomllib

    labels = tomllib.loads((relay_corpus_dev.OUT / "labels.toml").read_text(encoding="utf-8"))
    seekers = [s for s in labels.values() if s["direction"] == "seeker"]
    volunteers = [s for s in labels.values() if s["direction"] == "volunteer"]
    assert len(seekers) >= 230 and len(volunteers) >= 115
    assert all(s["volunteer"] and s["nickname"] for s in volunteers)
    for group in (seekers, volunteers):
        dutch = sum(1 for s in group if s["language"] == "nl") / len(group)
        assert 0.5 <= dutch <= 0.7
