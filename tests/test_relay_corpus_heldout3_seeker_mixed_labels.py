"""The third held-out relay-text corpus, part seeker-mixed (heldout/seeker-mixed/), is consistent
with its labels, with its generator, and has the size and spread its brief promised.

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
from email.message import EmailMessage

from tests.tools.relay_corpus_check import check_set, decoded
from tests.tools.relay_corpus_heldout3_seeker_mixed import HEADER, NEW_SHAPES, OUT, build
from tests.tools.relay_corpus_set_checks import check_part_is_what_its_generator_renders


def _labels() -> dict[str, dict[str, object]]:
    return tomllib.loads((OUT / "labels.toml").read_text(encoding="utf-8"))


def _message(name: str) -> EmailMessage:
    msg = email.message_from_bytes((OUT / name).read_bytes(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def _strs(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


def _with_tag(tag: str) -> list[str]:
    return [name for name, label in _labels().items() if tag in _strs(label["tags"])]


def test_heldout_labels_agree_with_the_mails() -> None:
    assert check_set(OUT) == []


def test_heldout_files_are_what_the_generator_renders() -> None:
    check_part_is_what_its_generator_renders(OUT, build, HEADER)


def test_heldout_is_one_folder_with_one_labels_file() -> None:
    # A subfolder with its own labels.toml would silently join the set (see the README).
    assert [p.name for p in OUT.iterdir() if p.is_dir()] == []
    assert [p.name for p in OUT.iterdir() if p.suffix != ".eml"] == ["labels.toml"]


def test_heldout_has_the_promised_size_and_languages() -> None:
    labels = _labels()
    assert len(labels) >= 60
    assert {str(v["direction"]) for v in labels.values()} == {"seeker"}
    for name in labels:
        assert str(_message(name)["To"]) == "hulp@lumi.example", name
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages["fr"] >= 23 and languages["en"] >= 13 and languages["nl"] >= 18, languages
    assert len(_with_tag("mixed-language")) >= 4


def test_heldout_has_the_promised_clients() -> None:
    labels = _labels()
    assert len({str(v["client"]) for v in labels.values()}) >= 12
    new_labels = {shape.label for shape in NEW_SHAPES.values()}
    used_new = {str(v["client"]) for v in labels.values()} & new_labels
    assert len(used_new) >= 3, used_new


def test_html_only_mails_have_no_text_part() -> None:
    names = _with_tag("html-only")
    assert len(names) >= 10
    for name in names:
        types = {p.get_content_type() for p in _message(name).walk() if not p.is_multipart()}
        assert "text/html" in types and "text/plain" not in types, name


def test_mails_from_someone_elses_account() -> None:
    names = _with_tag("not-own-account")
    assert len(names) >= 10
    kinds = Counter(tag for name in names for tag in _strs(_labels()[name]["tags"])
                    if tag in ("parent-account", "sibling-account", "school-account",
                               "friend-account"))
    assert set(kinds) == {"parent-account", "sibling-account", "school-account",
                          "friend-account"}, kinds


def test_replies_carry_the_helplines_history() -> None:
    names = _with_tag("reply-quoted")
    assert len(names) >= 10
    for name in names:
        msg = _message(name)
        assert msg["In-Reply-To"] and str(msg["Subject"]).lower().startswith(("re:", "re :")), name
        reader, _ = decoded(msg)
        assert "hulp@lumi.example" in reader, name  # the attribution or header of the quote


def test_young_people_give_their_own_identity_in_the_text() -> None:
    names = _with_tag("identity-in-text")
    assert len(names) >= 15
    labels = _labels()
    for name in names:
        reader, _ = decoded(_message(name))
        identity = _strs(labels[name]["identity"])
        assert any(re.search(rf"(?<!\w){re.escape(i.casefold())}(?!\w)", reader.casefold())
                   for i in identity), name


def test_some_mails_carry_no_identity_in_the_body() -> None:
    names = _with_tag("no-identity-in-body")
    assert len(names) >= 10
    labels = _labels()
    for name in names:
        reader, _ = decoded(_message(name))
        for item in _strs(labels[name]["identity"]):
            assert not re.search(rf"(?<!\w){re.escape(item.casefold())}(?!\w)",
                                 reader.casefold()), (name, item)


def test_heldout_names_no_one_from_the_earlier_sets() -> None:
    # The set is worth something only if its people are new: earlier sets' names must not recur.
    raw = "\n".join(p.read_text(encoding="utf-8") for p in OUT.glob("*.eml")).casefold()
    for name in ("lien", "veerle", "janssens", "peeters", "sam", "noor"):
        assert re.search(rf"(?<!\w){name}(?!\w)", raw) is None, name
