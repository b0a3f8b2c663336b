"""Part `volunteer` of the third held-out relay-text corpus (heldout/volunteer/) is consistent
with its labels and with its generator.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

import email
import email.policy
import re
import tomllib
from collections import Counter

from tests.tools.relay_corpus_check import check_set
from tests.tools.relay_corpus_heldout3_volunteer import HEADER, OUT, build
from tests.tools.relay_corpus_set_checks import check_part_is_what_its_generator_renders


def _labels() -> dict[str, dict[str, object]]:
    return tomllib.loads((OUT / "labels.toml").read_text(encoding="utf-8"))


def _strs(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


def test_labels_agree_with_the_mails() -> None:
    assert check_set(OUT) == []


def test_files_are_what_the_generator_renders() -> None:
    check_part_is_what_its_generator_renders(OUT, build, HEADER)


def test_part_is_one_folder_with_one_labels_file() -> None:
    # A subfolder with its own labels.toml would silently join the set (see the README).
    assert [p.name for p in OUT.iterdir() if p.is_dir()] == []
    assert sorted(p.name for p in OUT.iterdir() if p.suffix != ".eml") == ["labels.toml"]


def test_part_has_the_promised_size_and_spread() -> None:
    labels = _labels()
    assert len(labels) == 70
    assert {str(v["direction"]) for v in labels.values()} == {"volunteer"}
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages["nl"] >= 43 and languages["fr"] >= 14 and languages["en"] >= 9, languages
    assert len({str(v["client"]) for v in labels.values()}) >= 12
    tags = Counter(t for v in labels.values() for t in _strs(v["tags"]))
    for tag in ("work-signature", "disclaimer", "client-line", "logo", "vcard", "sig-html-only",
                "second-address", "short-form-name", "phone-in-sig", "greets-pseudonym",
                "quoted-history", "top-posted", "bottom-posted", "no-quote", "very-short",
                "long", "no-display-name", "html-only", "sig-dash"):
        assert tags[tag] >= 1, tag


def test_shapes_the_tags_promise_are_in_the_mails() -> None:
    # A tag is a claim about the mail: check the ones a reader would count on.
    for name, label in _labels().items():
        raw = (OUT / name).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        tags = set(_strs(label["tags"]))
        types = [part.get_content_type() for part in msg.walk()]
        dispositions = [part.get_content_disposition() for part in msg.walk()]
        if "vcard" in tags:
            assert "text/x-vcard" in types and "attachment" in dispositions, name
        if "html-only" in tags:
            assert "text/plain" not in types and "text/html" in types, name
        if "logo" in tags:
            assert "image/png" in types, name
        if "no-quote" in tags:
            assert b"> " not in raw and b"gmail_quote" not in raw, name
        if "no-display-name" in tags:
            assert "<" not in str(msg["From"]), name


def test_part_names_no_one_from_the_earlier_sets() -> None:
    # The set is worth something only if its people are new: earlier sets' names must not recur.
    raw = "\n".join(p.read_text(encoding="utf-8") for p in OUT.glob("*.eml")).casefold()
    for name in ("lien", "veerle", "janssens", "peeters", "sam", "noor"):
        assert re.search(rf"(?<!\w){name}(?!\w)", raw) is None, name


def test_every_answer_names_its_registered_volunteer() -> None:
    for name, label in _labels().items():
        assert label["volunteer"] and label["nickname"], name
        assert str(label["volunteer"]) in (OUT / name).read_text(encoding="utf-8"), name
