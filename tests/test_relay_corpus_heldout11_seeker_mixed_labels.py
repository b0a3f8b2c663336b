"""The eleventh held-out relay-text corpus, part seeker-mixed
(heldout/seeker-mixed/), is consistent
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

import pytest

from tests.tools.relay_corpus_check import check_set, decoded
from tests.tools.relay_corpus_heldout11_seeker_mixed import EXTRA_SHAPES, HEADER, OUT, build
from tests.tools.relay_corpus_set_checks import (
    ISSUE_NAMES,
    check_part_is_what_its_generator_renders,
)

pytestmark = pytest.mark.skipif(not OUT.exists(), reason="the eleventh set's folder is not there")

FIRST_NUMBER = 101  # this part numbers from 0101, the seeker-nl part from 0001

# Names, streets and places of issue 12's examples, beyond the checkers' ISSUE_NAMES.
ISSUE_PLACES = ("kerkstraat", "lange kievitstraat", "antwerpen", "gezin.example", "qbqbut")


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


def _reader(name: str) -> str:
    return decoded(_message(name))[0]


def _headers(name: str) -> str:
    return "\n".join(f"{k}: {v}" for k, v in _message(name).items())


def test_heldout_labels_agree_with_the_mails() -> None:
    assert check_set(OUT) == []


def test_heldout_files_are_what_the_generator_renders() -> None:
    check_part_is_what_its_generator_renders(OUT, build, HEADER)


def test_heldout_is_one_folder_with_one_labels_file() -> None:
    # A subfolder with its own labels.toml would silently join the set (see the README).
    assert [p.name for p in OUT.iterdir() if p.is_dir()] == []
    assert [p.name for p in OUT.iterdir() if p.suffix != ".eml"] == ["labels.toml"]


def test_file_names_carry_this_parts_slug_prefix_and_number() -> None:
    names = sorted(_labels())
    assert all(re.fullmatch(r"s-\d{4}-h11m-[a-z0-9-]+\.eml", name) for name in names), names
    numbers = [int(name[2:6]) for name in names]
    assert numbers == list(range(FIRST_NUMBER, FIRST_NUMBER + len(names)))


def test_heldout_has_the_promised_size_and_languages() -> None:
    labels = _labels()
    assert len(labels) == 70
    assert {str(v["direction"]) for v in labels.values()} == {"seeker"}
    for name in labels:
        assert str(_message(name)["To"]) == "hulp@lumi.example", name
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages == {"fr": 31, "en": 21, "nl": 18}, languages


def test_most_mails_mix_in_a_family_language() -> None:
    labels = _labels()
    assert len(_with_tag("mixed-language")) == 70
    mixed_with = {tag for name in _with_tag("mixed-language")
                  for tag in _strs(labels[name]["tags"])}
    assert {"arabic", "darija", "kabyle", "tarifit", "tamazight", "turkish", "kurmanji", "sorani",
            "polish", "romanian", "ukrainian", "russian", "bulgarian", "romani", "greek",
            "albanian", "italian", "spanish", "portuguese", "kriolu", "lingala", "kinyarwanda",
            "somali", "amharic", "tigrinya", "wolof", "bambara", "pular", "yoruba", "twi",
            "nouchi", "farsi", "dari", "urdu", "punjabi", "hindi", "gujarati", "bengali", "tamil",
            "korean", "vietnamese", "tagalog", "irish", "shikomori", "papiamento", "sranan"} \
        <= mixed_with, mixed_with


def test_heldout_spans_the_french_speaking_world() -> None:
    fr = Counter(tag for v in _labels().values() if v["language"] == "fr"
                 for tag in _strs(v["tags"]))
    for region in ("brussels", "wallonia", "france", "diaspora"):
        assert fr[region] >= 5, (region, fr[region])


def test_young_people_of_every_age_from_10_to_19() -> None:
    labels = _labels()
    ages = Counter(tag for v in labels.values() for tag in _strs(v["tags"])
                   if re.fullmatch(r"age-\d+", tag))
    assert set(ages) == {f"age-{n}" for n in range(10, 20)}, ages
    for name, label in labels.items():  # every mail says whose age it is about, once
        assert len([t for t in _strs(label["tags"]) if re.fullmatch(r"age-\d+", t)]) == 1, name


def test_heldout_has_the_promised_clients() -> None:
    labels = _labels()
    clients = {str(v["client"]) for v in labels.values()}
    assert len(clients) >= 30, clients
    used_new = clients & {shape.label for shape in EXTRA_SHAPES.values()}
    assert len(used_new) == len(EXTRA_SHAPES), used_new
    assert all(key.startswith("v11smx_") for key in EXTRA_SHAPES)


def test_every_client_shape_of_this_part_is_used() -> None:
    from tests.tools.relay_corpus_heldout11_seeker_mixed_cases import CASES

    assert set(EXTRA_SHAPES) <= {case.shape for case in CASES}


def test_at_least_half_are_shapes_the_dev_rounds_do_not_name() -> None:
    assert len(_with_tag("new-shape")) >= 35


def test_html_only_mails_have_no_text_part() -> None:
    names = _with_tag("html-only")
    assert len(names) >= 7
    for name in names:
        types = {p.get_content_type() for p in _message(name).walk() if not p.is_multipart()}
        assert "text/html" in types and "text/plain" not in types, name


def test_mails_from_someone_elses_account_or_for_someone_else() -> None:
    names = _with_tag("not-own-account")
    assert len(set(names) | set(_with_tag("writes-for-kid"))) >= 25
    kinds = Counter(tag for name in names for tag in _strs(_labels()[name]["tags"])
                    if tag.endswith("-account"))
    for kind in ("parent-account", "grandparent-account", "sibling-account", "cousin-account",
                 "family-business-account", "employer-of-parent-account",
                 "reception-centre-account", "host-family-account"):
        assert kinds[kind] >= 1, kinds
    # accounts that are the writer's own but not private: a school, a job
    assert _with_tag("school-account") and _with_tag("work-account")


def test_the_account_holders_name_in_the_text_is_identity() -> None:
    labels = _labels()
    for name in _with_tag("not-own-account"):
        content = " ".join(_strs(labels[name]["content"]))
        for item in _strs(labels[name]["identity"]):
            assert len(item) < 3 or not _whole(item, content), (name, item)
    for name in _with_tag("account-holder-named"):
        display = str(_message(name)["From"].addresses[0].display_name)
        named = [i for i in _strs(labels[name]["identity"])
                 if len(i) >= 3 and i in display and _whole(i, _reader(name))]
        assert named, name


def test_people_write_for_young_people() -> None:
    assert len(_with_tag("adult-writes")) >= 12
    assert len(_with_tag("writes-for-kid")) >= 13
    for who in ("parent-writes", "grandparent-writes", "sibling-writes", "aunt-writes",
                "cousin-writes", "youth-worker-writes", "teacher-writes", "interpreter-writes"):
        assert _with_tag(who), who
    labels = _labels()
    for name in _with_tag("writes-for-kid"):  # the young person written for is named, and labelled
        assert any(_whole(i, _reader(name)) for i in _strs(labels[name]["identity"])), name


def test_replies_carry_the_helplines_history() -> None:
    names = _with_tag("reply-quoted")
    assert len(names) >= 4
    for name in names:
        msg = _message(name)
        assert msg["In-Reply-To"] and str(msg["Subject"]).lower().startswith(("re:", "re :")), name
        assert "hulp@lumi.example" in _reader(name), name


def test_contact_details_are_offered_in_the_text() -> None:
    names = _with_tag("contact-offered")
    assert len(names) >= 12
    labels = _labels()
    for name in names:
        reader = _reader(name)
        offered = [i for i in _strs(labels[name]["identity"]) if re.search(r"[\d@._/+-]", i)]
        assert any(_whole(i, reader) for i in offered), name


def test_young_people_give_their_own_identity_in_the_text() -> None:
    names = _with_tag("identity-in-text")
    assert len(names) >= 60
    labels = _labels()
    for name in names:
        assert any(_whole(i, _reader(name)) for i in _strs(labels[name]["identity"])), name


def test_some_mails_carry_no_identity_in_the_body() -> None:
    names = _with_tag("no-identity-in-body")
    assert len(names) >= 6
    labels = _labels()
    for name in names:
        reader = _reader(name)
        for item in _strs(labels[name]["identity"]):
            assert not _whole(item, reader), (name, item)


def test_identity_only_in_headers_is_labelled() -> None:
    names = _with_tag("identity-in-header")
    assert len(names) >= 2
    labels = _labels()
    for name in names:
        reader, headers = _reader(name), _headers(name)
        hidden = [i for i in _strs(labels[name]["identity"])
                  if not _whole(i, reader) and i.casefold() in headers.casefold()
                  and i.casefold() not in str(_message(name)["From"]).casefold()]
        assert hidden, name


def test_pasted_cards_carry_the_writers_name() -> None:
    # Things pasted from apps and papers: the writer's own name or handle is in them, and labelled.
    labels = _labels()
    names = [n for n in labels if any(t.startswith("pasted-") for t in _strs(labels[n]["tags"]))]
    assert len(names) >= 25
    for name in names:
        assert any(_whole(i, _reader(name)) for i in _strs(labels[name]["identity"])), name


def test_heldout_names_no_one_from_the_issue() -> None:
    raw = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                    for p in OUT.glob("*.eml")).casefold()
    labels = (OUT / "labels.toml").read_text(encoding="utf-8").casefold()
    for name in ISSUE_NAMES + ISSUE_PLACES:
        for text in (raw, labels):
            assert re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is None, name
