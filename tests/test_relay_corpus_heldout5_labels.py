"""The fifth held-out relay-text corpus as a whole (tests/fixtures/relay_text/heldout/): its three
parts (seeker-nl, seeker-mixed, volunteer) were written apart on 2026-12-07; together they are one
set.

Each part's own label test checks its mails against its labels and its generator; this one checks
what only the whole can show: the folder holds exactly the three parts, the set has the promised
size and spread, no file name or client shape is claimed by two parts (the shared SHAPES table is
filled with setdefault, so a key two parts both define would dress one part's mails with the other
part's client as soon as both are imported in one process), and none of the issue's example names
occurs.
"""

from __future__ import annotations

import importlib
import re
import tomllib
from collections import Counter
from types import ModuleType

import tests.tools.relay_corpus_heldout5_seeker_mixed as seeker_mixed
import tests.tools.relay_corpus_heldout5_seeker_nl as seeker_nl
import tests.tools.relay_corpus_heldout5_volunteer as volunteer
from tests.tools.relay_corpus_heldout import ROOT, SHAPES, Shape

HELDOUT = ROOT / "tests" / "fixtures" / "relay_text" / "heldout"
PARTS: dict[str, tuple[ModuleType, dict[str, Shape], str]] = {
    "seeker-nl": (seeker_nl, seeker_nl.EXTRA_SHAPES, "v5snl_"),
    "seeker-mixed": (seeker_mixed, seeker_mixed.EXTRA_SHAPES, "v5smx_"),
    "volunteer": (volunteer, volunteer.EXTRA_SHAPES, "v5vol_"),
}


def _labels() -> dict[str, dict[str, dict[str, object]]]:
    """Part name -> that part's labels.toml."""
    return {part: tomllib.loads((HELDOUT / part / "labels.toml").read_text(encoding="utf-8"))
            for part in PARTS}


def test_the_three_parts_are_the_whole_folder() -> None:
    assert sorted(p.name for p in HELDOUT.iterdir() if p.is_dir()) == sorted(PARTS)
    assert [p.name for p in HELDOUT.iterdir() if not p.is_dir()] == []
    for part, (module, _shapes, _prefix) in PARTS.items():
        assert HELDOUT / part == module.OUT
        assert list((HELDOUT / part).rglob("labels.toml")) == [HELDOUT / part / "labels.toml"]
    assert len(list(HELDOUT.rglob("labels.toml"))) == len(PARTS)


def test_every_mail_is_labelled_once_and_no_file_name_is_used_twice() -> None:
    names: Counter[str] = Counter()
    for part, labels in _labels().items():
        assert sorted(labels) == sorted(p.name for p in (HELDOUT / part).glob("*.eml")), part
        names.update(p.name for p in (HELDOUT / part).iterdir())
    names.subtract({"labels.toml": len(PARTS)})
    assert [name for name, count in names.items() if count > 1] == []


def test_the_set_has_the_promised_size_and_spread() -> None:
    labels = [label for part in _labels().values() for label in part.values()]
    directions = Counter(str(v["direction"]) for v in labels)
    assert directions["seeker"] >= 140 and directions["volunteer"] >= 85, directions
    assert set(directions) == {"seeker", "volunteer"}, directions
    for direction in ("seeker", "volunteer"):
        languages = {str(v["language"]) for v in labels if v["direction"] == direction}
        assert {"nl", "fr", "en"} <= languages, (direction, languages)
    assert len({str(v["client"]) for v in labels}) >= 20


def test_no_client_shape_is_claimed_by_two_parts() -> None:
    # Every part's own shapes carry its prefix and stay its own whatever was imported first, and a
    # part's cases only use the earlier sets' shapes or its own, never a shape another part added.
    for part, (_module, shapes, prefix) in PARTS.items():
        for key, shape in shapes.items():
            assert key.startswith(prefix), (part, key)
            assert SHAPES[key] is shape, (part, key)
        others = {key for other, (_m, s, _p) in PARTS.items() if other != part for key in s}
        cases = importlib.import_module(
            f"tests.tools.relay_corpus_heldout5_{part.replace('-', '_')}_cases").CASES
        assert sorted(({c.shape for c in cases} | set(shapes)) & others) == [], part


def test_the_set_names_no_one_from_the_issue() -> None:
    # The set is worth something only if its people are new: the issue's examples must not recur.
    raw = "\n".join(p.read_bytes().decode("utf-8", errors="replace")
                    for p in HELDOUT.rglob("*.eml")).casefold()
    for name in ("lien", "veerle", "janssens", "peeters", "sam", "noor"):
        assert re.search(rf"(?<!\w){name}(?!\w)", raw) is None, name
