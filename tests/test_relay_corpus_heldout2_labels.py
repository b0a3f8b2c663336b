"""The second held-out relay-text corpus, dev since 2026-12-06 (dev/heldout-v2/), is consistent
with its labels and with its generator.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter

from tests.tools.relay_corpus_check import check_set
from tests.tools.relay_corpus_heldout import labels_toml
from tests.tools.relay_corpus_heldout2 import HEADER, OUT, build


def test_heldout_labels_agree_with_the_mails() -> None:
    assert check_set(OUT) == []


def test_heldout_files_are_what_the_generator_renders() -> None:
    rendered = build()
    assert sorted(r.filename for r in rendered) == sorted(p.name for p in OUT.glob("*.eml"))
    for r in rendered:
        assert (OUT / r.filename).read_bytes() == r.raw.encode("utf-8"), r.filename
    assert (OUT / "labels.toml").read_text(encoding="utf-8") == labels_toml(rendered, HEADER)


def test_heldout_is_one_folder_with_one_labels_file() -> None:
    # A subfolder with its own labels.toml would silently join the set (see the README).
    assert [p.name for p in OUT.iterdir() if p.is_dir()] == []


def test_heldout_has_the_promised_size_and_spread() -> None:
    labels = tomllib.loads((OUT / "labels.toml").read_text(encoding="utf-8"))
    directions = Counter(str(v["direction"]) for v in labels.values())
    assert directions["seeker"] >= 110 and directions["volunteer"] >= 55
    for direction in ("seeker", "volunteer"):
        languages = Counter(str(v["language"]) for v in labels.values()
                            if v["direction"] == direction)
        assert set(languages) == {"nl", "fr", "en"}, (direction, languages)
    assert len({str(v["client"]) for v in labels.values()}) >= 15


def test_heldout_names_no_one_from_the_earlier_sets() -> None:
    # The set is worth something only if its people are new: the first set's names must not recur.
    raw = "\n".join(p.read_text(encoding="utf-8") for p in OUT.glob("*.eml")).casefold()
    for name in ("lien", "veerle", "janssens", "peeters"):
        assert re.search(rf"(?<!\w){name}(?!\w)", raw) is None, name


def test_every_volunteer_answer_names_its_registered_volunteer() -> None:
    labels = tomllib.loads((OUT / "labels.toml").read_text(encoding="utf-8"))
    for name, label in labels.items():
        if label["direction"] == "volunteer":
            assert label["volunteer"] and label["nickname"], name
            assert str(label["volunteer"]) in (OUT / name).read_text(encoding="utf-8"), name
