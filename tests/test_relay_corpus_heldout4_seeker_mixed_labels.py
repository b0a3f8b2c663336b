"""The fourth held-out relay-text corpus, part seeker-mixed (dev/heldout-v4/seeker-mixed/, held out
until 2026-12-07), is consistent with its labels, with its generator, and has the size and spread
its brief promised.

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
from tests.tools.relay_corpus_heldout4_seeker_mixed import EXTRA_SHAPES, HEADER, OUT, build
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


def _whole(item: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(item.casefold())}(?!\w)", text.casefold()) is not None


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
    assert len(labels) >= 62
    assert {str(v["direction"]) for v in labels.values()} == {"seeker"}
    for name in labels:
        assert str(_message(name)["To"]) == "hulp@lumi.example", name
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages["fr"] >= 25 and languages["en"] >= 18 and languages["nl"] >= 14, languages


def test_heldout_mixes_languages() -> None:
    names = _with_tag("mixed-language")
    assert len(names) >= 8
    mixed_with = {tag for name in names for tag in _strs(_labels()[name]["tags"])}
    assert {"arabic", "turkish", "polish", "lingala", "brussels"} <= mixed_with, mixed_with


def test_heldout_has_the_promised_clients() -> None:
    labels = _labels()
    clients = {str(v["client"]) for v in labels.values()}
    assert len(clients) >= 15, clients
    used_new = clients & {shape.label for shape in EXTRA_SHAPES.values()}
    assert len(used_new) >= 6, used_new
    assert all(key.startswith("v4smx_") for key in EXTRA_SHAPES)


def test_html_only_mails_have_no_text_part() -> None:
    names = _with_tag("html-only")
    assert len(names) >= 8
    for name in names:
        types = {p.get_content_type() for p in _message(name).walk() if not p.is_multipart()}
        assert "text/html" in types and "text/plain" not in types, name


def test_mails_from_someone_elses_account() -> None:
    names = _with_tag("not-own-account")
    assert len(names) >= 10
    kinds = Counter(tag for name in names for tag in _strs(_labels()[name]["tags"])
                    if tag.endswith("-account"))
    for kind in ("parent-account", "sibling-account", "club-account", "library-account",
                 "friend-account"):
        assert kinds[kind] >= 1, kinds
    assert len(_with_tag("school-account")) >= 3


def test_the_account_holders_name_in_the_text_is_identity() -> None:
    # A kid on someone else's account who names the holder ("c'est pas Dylan"): every part of the
    # holder's display name that shows up in the text is labelled identity, never content.
    labels = _labels()
    for name in _with_tag("not-own-account"):
        content = " ".join(_strs(labels[name]["content"]))
        for item in _strs(labels[name]["identity"]):
            assert len(item) < 3 or not _whole(item, content), (name, item)


def test_adults_write_for_young_people() -> None:
    names = _with_tag("adult-writes")
    assert len(names) >= 5
    assert _with_tag("child-named-as-identity")
    assert _with_tag("sibling-writes")


def test_replies_carry_the_helplines_history() -> None:
    names = _with_tag("reply-quoted")
    assert len(names) >= 8
    for name in names:
        msg = _message(name)
        assert msg["In-Reply-To"] and str(msg["Subject"]).lower().startswith(("re:", "re :")), name
        reader, _ = decoded(msg)
        assert "hulp@lumi.example" in reader, name  # the attribution or header of the quote


def test_contact_details_are_offered_in_the_text() -> None:
    names = _with_tag("contact-offered")
    assert len(names) >= 10
    labels = _labels()
    for name in names:
        reader, _ = decoded(_message(name))
        # a phone, an address (plain or in words) or a handle, not only a name
        offered = [i for i in _strs(labels[name]["identity"]) if re.search(r"[\d@._]|arobase", i)]
        assert any(_whole(i, reader) for i in offered), name


def test_young_people_give_their_own_identity_in_the_text() -> None:
    names = _with_tag("identity-in-text")
    assert len(names) >= 25
    labels = _labels()
    for name in names:
        reader, _ = decoded(_message(name))
        assert any(_whole(i, reader) for i in _strs(labels[name]["identity"])), name


def test_some_mails_carry_no_identity_in_the_body() -> None:
    names = _with_tag("no-identity-in-body")
    assert len(names) >= 8
    labels = _labels()
    for name in names:
        reader, _ = decoded(_message(name))
        for item in _strs(labels[name]["identity"]):
            assert not _whole(item, reader), (name, item)


def test_heldout_names_no_one_from_the_earlier_sets() -> None:
    # The set is worth something only if its people are new: the examples must not recur.
    raw = "\n".join(p.read_text(encoding="utf-8") for p in OUT.glob("*.eml")).casefold()
    for name in ("lien", "veerle", "janssens", "peeters", "sam", "noor"):
        assert re.search(rf"(?<!\w){name}(?!\w)", raw) is None, name
