"""Part seeker-nl of the eleventh held-out relay-text corpus
(heldout/seeker-nl/) is consistent with
its labels and with its generator, and has the size and spread its brief promised.

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
from tests.tools.relay_corpus_heldout11_seeker_nl import EXTRA_SHAPES, HEADER, OUT, build
from tests.tools.relay_corpus_set_checks import (
    ISSUE_NAMES,
    check_part_is_what_its_generator_renders,
)

# Places and streets of the issue's examples: the set's people and places must be new too.
ISSUE_PLACES = ("antwerpen", "kerkstraat", "lange kievitstraat", "gezin.be", "gezin punt be")


def _labels() -> dict[str, dict[str, object]]:
    return tomllib.loads((OUT / "labels.toml").read_text(encoding="utf-8"))


def _strings(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


def _tagged(tag: str) -> int:
    return sum(1 for v in _labels().values() if tag in _strings(v["tags"]))


def _message(name: str) -> email.message.EmailMessage:
    msg = email.message_from_bytes((OUT / name).read_bytes(), policy=email.policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    return msg


def _types(name: str) -> list[str]:
    return [p.get_content_type() for p in _message(name).walk() if not p.is_multipart()]


def test_heldout_labels_agree_with_the_mails() -> None:
    assert check_set(OUT) == []


def test_heldout_files_are_what_the_generator_renders() -> None:
    check_part_is_what_its_generator_renders(OUT, build, HEADER)


def test_heldout_is_one_folder_with_one_labels_file() -> None:
    # A subfolder with its own labels.toml would silently join the set (see the README).
    assert [p.name for p in OUT.iterdir() if p.is_dir()] == []
    assert OUT.parent.name == "heldout" and OUT.name == "seeker-nl"
    assert HEADER.startswith("# HELD-OUT") and "eleventh set, part seeker-nl" in HEADER


def test_new_client_shapes_carry_the_parts_prefix() -> None:
    # The shared table is filled with setdefault: under a plain key, another part's shape of the
    # same name could dress these mails.
    assert EXTRA_SHAPES and all(key.startswith("v11snl_") for key in EXTRA_SHAPES)


def test_cases_use_only_the_shared_shapes_or_their_own() -> None:
    # Never another part's shape: only the shapes of the first two sets' generators and this
    # part's own.
    from tests.tools.relay_corpus_heldout11_seeker_nl_cases import CASES

    for case in CASES:
        assert case.shape.startswith("v11snl_") or not re.match(r"v\d+", case.shape), case.slug


def test_case_slugs_carry_the_parts_prefix() -> None:
    for name in _labels():
        assert re.fullmatch(r"s-\d{4}-h11n-[a-z0-9-]+\.eml", name), name
    numbers = sorted(int(name[2:6]) for name in _labels())
    assert numbers == list(range(1, len(numbers) + 1))


def test_every_mail_is_a_help_seeker_writing_to_the_helpline() -> None:
    for name, label in _labels().items():
        assert label["direction"] == "seeker", name
        assert "volunteer" not in label and "nickname" not in label, name
        assert str(_message(name)["To"]).strip() == "hulp@lumi.example", name


def test_heldout_has_the_promised_size_and_spread() -> None:
    labels = _labels()
    assert len(labels) == 90
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages["nl"] >= 76 and languages["fr"] >= 6 and languages["en"] >= 6, languages
    assert len({str(v["client"]) for v in labels.values()}) >= 30
    for account, least in (("own-account", 60), ("parent-account", 15), ("school-account", 4),
                           ("family-account", 4), ("club-account", 3), ("shared-account", 3),
                           ("work-account", 6), ("other-account", 27)):
        assert _tagged(account) >= least, account
    # At least a quarter written for a young person or from someone else's account.
    assert _tagged("written-for") >= 21
    either = sum(1 for v in labels.values()
                 if {"written-for", "other-account"} & set(_strings(v["tags"])))
    assert either * 4 >= len(labels), either
    assert _tagged("reply-with-quote") >= 6
    assert _tagged("html-only") >= 7
    with_html = sum(1 for name in labels if "text/html" in _types(name))
    assert with_html >= 75, with_html
    assert _tagged("own-name-in-text") >= 60
    assert _tagged("no-identity-in-body") >= 9
    assert _tagged("signature") >= 16
    assert _tagged("disclaimer") >= 6
    assert _tagged("contact-in-text") >= 8
    assert _tagged("nl-netherlands") >= 12
    # At least half in shapes the README's list of dev rounds does not name.
    assert _tagged("new-shape") >= 45
    for who in ("parent-writing", "sibling", "teacher", "youth-worker", "grandparent", "coach",
                "friend-writing", "not-the-parent", "neighbour", "foster-parent", "aunt"):
        assert _tagged(who) >= 1, who
    for style in ("one-liner", "no-punctuation", "one-phrase-a-line", "all-caps", "emoji",
                  "typos", "paste", "text-speak", "mixed-languages", "short-last-line",
                  "words-after-signoff", "signature-like-own-lines", "voice-to-text"):
        assert _tagged(style) >= 2, style
    for dialect in ("dialect-antwerp", "dialect-limburg", "dialect-west-flemish",
                    "dialect-east-flemish", "dialect-flemish-brabant", "dialect-brussels"):
        assert _tagged(dialect) >= 9, dialect
    for theme in ("coming-out", "gender-identity", "bullying", "parents", "self-harm", "love",
                  "school", "friends", "family-violence", "loneliness", "divorce", "anxiety",
                  "grief", "body-image"):
        assert _tagged(theme) >= 5, theme
    ages = {int(a) for v in labels.values() for span in _strings(v["content"])
            for a in re.findall(r"\b(1\d)\b", span)}
    assert {10, 11, 12, 13, 14, 15, 16, 17, 18, 19} <= ages, ages


def test_new_shapes_each_name_what_is_new() -> None:
    # Every mail tagged "new-shape" says which shape with one more tag that no other mail has.
    counts = Counter(t for v in _labels().values() for t in _strings(v["tags"]))
    for name, label in _labels().items():
        tags = _strings(label["tags"])
        if "new-shape" in tags:
            assert any(counts[t] == 1 for t in tags), name


def test_replies_quote_the_helpline_and_html_only_mails_have_no_text_part() -> None:
    for name, label in _labels().items():
        tags = _strings(label["tags"])
        msg = _message(name)
        types = _types(name)
        if "reply-with-quote" in tags:
            texts = "\n".join(p.get_content() for p in msg.walk()
                              if p.get_content_maintype() == "text")
            assert msg["In-Reply-To"] and "hulp@lumi.example" in texts, name
            assert str(msg["Subject"]).lower().startswith("re:"), name
        if "html-only" in tags:
            assert "text/html" in types and "text/plain" not in types, name


def test_mails_without_identity_in_the_body_have_none_in_their_content() -> None:
    # "no-identity-in-body": the writer's own words carry no name, address or phone of theirs,
    # so every identity string is in the headers (or a signature), none inside a content span.
    for name, label in _labels().items():
        if "no-identity-in-body" not in _strings(label["tags"]):
            continue
        content = " ".join(_strings(label["content"])).casefold()
        for item in _strings(label["identity"]):
            assert re.search(rf"(?<!\w){re.escape(item.casefold())}(?!\w)", content) is None, name


def test_own_name_in_text_mails_name_the_writer_in_their_own_words() -> None:
    # "own-name-in-text": some identity string sits inside the writer's own text, between the
    # content spans, not only in the headers or the signature; and "no-identity-in-body" mails
    # have no marked identity in their own text at all.
    from tests.tools.relay_corpus_heldout import marked_identity
    from tests.tools.relay_corpus_heldout11_seeker_nl_cases import CASES

    for case in CASES:
        assert not ("own-name-in-text" in case.tags and "no-identity-in-body" in case.tags)
        if "own-name-in-text" in case.tags:
            assert marked_identity(case.body), case.slug
        if "no-identity-in-body" in case.tags:
            assert not marked_identity(case.body), case.slug
        if "signature" in case.tags:
            assert marked_identity(case.sig), case.slug
        if "contact-in-text" in case.tags:
            assert any(re.search(r"\d|@|straat|laan|steenweg", item)
                       for item in marked_identity(case.body)), case.slug


def test_heldout_names_no_one_from_the_issue() -> None:
    # The set is worth something only if its people are new: the issue's examples must not recur.
    raw = "\n".join(p.read_text(encoding="utf-8") for p in OUT.glob("*.eml")).casefold()
    for name in ISSUE_NAMES + ISSUE_PLACES:
        assert re.search(rf"(?<!\w){re.escape(name)}(?!\w)", raw) is None, name
