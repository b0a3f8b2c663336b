"""The fifth held-out relay-text corpus, part seeker-mixed (dev/heldout-v5/seeker-mixed/, held out
until 2026-12-07), is consistent
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
from tests.tools.relay_corpus_heldout5_seeker_mixed import EXTRA_SHAPES, HEADER, OUT, build
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


def test_file_names_carry_this_parts_prefix_and_number() -> None:
    names = sorted(_labels())
    assert all(re.fullmatch(r"m-\d{4}-[a-z0-9-]+\.eml", name) for name in names), names
    assert [int(name[2:6]) for name in names] == list(range(1, len(names) + 1))


def test_heldout_has_the_promised_size_and_languages() -> None:
    labels = _labels()
    assert 62 <= len(labels) <= 70
    assert {str(v["direction"]) for v in labels.values()} == {"seeker"}
    for name in labels:
        assert str(_message(name)["To"]) == "hulp@lumi.example", name
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages["fr"] >= 28 and languages["en"] >= 18 and languages["nl"] >= 14, languages


def test_heldout_mixes_languages() -> None:
    names = _with_tag("mixed-language")
    assert len(names) >= 15
    mixed_with = {tag for name in names for tag in _strs(_labels()[name]["tags"])}
    assert {"arabic", "turkish", "polish", "lingala", "portuguese", "spanish", "ukrainian",
            "croatian", "tamazight", "brussels"} <= mixed_with, mixed_with
    # Dutch here is mostly mixed with another language, as the brief asked.
    nl = [n for n, v in _labels().items() if v["language"] == "nl"]
    assert sum(n in names for n in nl) >= 10


def test_heldout_spans_brussels_wallonia_and_france() -> None:
    fr = {tag for v in _labels().values() if v["language"] == "fr" for tag in _strs(v["tags"])}
    assert {"brussels", "wallonia", "france"} <= fr


def test_heldout_has_the_promised_clients() -> None:
    labels = _labels()
    clients = {str(v["client"]) for v in labels.values()}
    assert len(clients) >= 20, clients
    used_new = clients & {shape.label for shape in EXTRA_SHAPES.values()}
    assert len(used_new) >= 8, used_new
    assert all(key.startswith("v5smx_") for key in EXTRA_SHAPES)


def test_a_third_are_shapes_the_dev_rounds_do_not_name() -> None:
    assert len(_with_tag("unlisted-shape")) >= len(_labels()) // 3


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
                 "friend-account", "host-family-account"):
        assert kinds[kind] >= 1, kinds
    assert len(_with_tag("school-account")) >= 3


def test_the_account_holders_name_in_the_text_is_identity() -> None:
    # A kid on someone else's account who names the holder ("le petit frère d'Aminata"): every
    # part of the holder's display name that shows up in the text is identity, never content.
    labels = _labels()
    for name in _with_tag("not-own-account"):
        content = " ".join(_strs(labels[name]["content"]))
        for item in _strs(labels[name]["identity"]):
            assert len(item) < 3 or not _whole(item, content), (name, item)
    for name in _with_tag("account-holder-named"):
        display = str(_message(name)["From"].addresses[0].display_name)
        reader, _ = decoded(_message(name))
        assert _whole(display.split()[0], reader), name
        assert display.split()[0] in _strs(labels[name]["identity"]), name


def test_adults_write_for_young_people() -> None:
    names = _with_tag("adult-writes")
    assert len(names) >= 5
    assert len(_with_tag("child-named-as-identity")) >= 3
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
        # a phone, an address, a domain or a handle, not only a name
        offered = [i for i in _strs(labels[name]["identity"]) if re.search(r"[\d@._]", i)]
        assert any(_whole(i, reader) for i in offered), name


def test_identity_only_in_headers_is_labelled() -> None:
    labels = _labels()
    cc = _with_tag("cc-own-address")
    org = _with_tag("organization-header")
    assert cc and org
    for name in cc:
        assert str(_message(name)["Cc"]) in _strs(labels[name]["identity"]), name
    for name in org:
        assert str(_message(name)["Organization"]) in _strs(labels[name]["identity"]), name


def test_young_people_give_their_own_identity_in_the_text() -> None:
    names = _with_tag("identity-in-text")
    assert len(names) >= 40
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


def test_heldout_names_no_one_from_the_issue() -> None:
    # The set is worth something only if its people are new: the issue's examples must not recur.
    raw = "\n".join(p.read_text(encoding="utf-8") for p in OUT.glob("*.eml")).casefold()
    labels = (OUT / "labels.toml").read_text(encoding="utf-8").casefold()
    for name in ("lien", "veerle", "janssens", "peeters", "sam", "noor"):
        for text in (raw, labels):
            assert re.search(rf"(?<!\w){name}(?!\w)", text) is None, name
