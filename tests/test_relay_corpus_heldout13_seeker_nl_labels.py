"""Part seeker-nl of the thirteenth held-out relay-text corpus
(heldout/seeker-nl/) is consistent with
its labels and with its generator, and has the size and spread its brief promised.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

import re
from collections import Counter

import tests.tools.relay_corpus_heldout13_seeker_nl as generator
from tests.tools import relay_corpus_part_checks as checks
from tests.tools.relay_corpus_part_checks import LabelledPart, strs

PART = LabelledPart(generator, "tests.tools.relay_corpus_heldout13_seeker_nl_cases", "v13snl_",
                    r"s-\d{4}-h13n-[a-z0-9-]+\.eml")

# Places and streets of the issue's examples: the set's people and places must be new too.
ISSUE_PLACES = ("antwerpen", "kerkstraat", "lange kievitstraat", "gezin.be", "gezin punt be")


def content_words(label: dict[str, object]) -> int:
    return sum(len(re.findall(r"\w+", span)) for span in strs(label["content"]))


def test_heldout_labels_agree_with_the_mails() -> None:
    checks.check_labels_agree_with_the_mails(PART)


def test_heldout_files_are_what_the_generator_renders() -> None:
    checks.check_files_are_what_the_generator_renders(PART)


def test_heldout_is_one_folder_with_one_labels_file() -> None:
    checks.check_part_is_one_folder_with_one_labels_file(
        PART, folder=("heldout", "seeker-nl"), header_text="thirteenth set, part seeker-nl")


def test_new_client_shapes_carry_the_parts_prefix() -> None:
    checks.check_own_client_shapes_are_prefixed_and_registered(PART)


def test_cases_use_only_the_shared_shapes_or_their_own() -> None:
    checks.check_cases_use_only_the_shared_shapes_or_their_own(PART)


def test_every_own_client_shape_is_used() -> None:
    checks.check_every_client_shape_of_the_part_is_used(PART)


def test_case_slugs_carry_the_parts_prefix() -> None:
    checks.check_file_names(PART, first_number=1)


def test_every_mail_is_a_help_seeker_writing_to_the_helpline() -> None:
    checks.check_every_mail_is_a_help_seeker_writing_to_the_helpline(PART)


def test_heldout_has_the_promised_size_and_spread() -> None:
    labels = PART.labels()
    assert len(labels) == 90
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages == {"nl": 76, "fr": 7, "en": 7}, languages
    checks.check_promised_clients(PART, 30)
    for account, least in (("own-account", 55), ("parent-account", 6), ("school-account", 3),
                           ("family-account", 3), ("club-account", 1), ("shared-account", 3),
                           ("work-account", 8), ("sibling-account", 5), ("grandparent-account", 3),
                           ("friend-account", 1), ("cousin-account", 1), ("other-account", 30)):
        assert PART.tagged(account) >= least, account
    # About 31 written for a young person or from someone else's account.
    assert PART.tagged("written-for") >= 20
    either = sum(1 for v in labels.values()
                 if {"written-for", "other-account"} & set(strs(v["tags"])))
    assert either >= 31, either
    assert PART.tagged("reply-with-quote") >= 7
    assert PART.tagged("html-only") >= 9
    assert PART.tagged("own-name-in-text") >= 70
    assert PART.tagged("no-identity-in-body") >= 15
    assert PART.tagged("signature") >= 13
    assert PART.tagged("disclaimer") >= 4
    assert PART.tagged("contact-in-text") >= 5
    assert PART.tagged("nl-netherlands") >= 10
    assert PART.tagged("paste") >= 35
    # At least 60 % in shapes the README's list of rounds does not name.
    assert PART.tagged("new-shape") >= 54
    for tag in ("p2-paste-place", "p4-class-beside-name", "p5-pronouns", "p6-record-number",
                "p7-family-card"):
        assert PART.tagged(tag) >= 2, tag
    for who in ("parent-writing", "sibling", "teacher", "youth-worker", "grandparent", "coach",
                "friend-writing", "not-the-parent", "neighbour", "foster-parent", "aunt",
                "godparent", "babysitter-writing"):
        assert PART.tagged(who) >= 1, who
    for style in ("one-liner", "no-punctuation", "one-phrase-a-line", "all-caps", "emoji",
                  "typos", "paste", "mixed-languages", "short-last-line", "words-after-signoff",
                  "long"):
        assert PART.tagged(style) >= 2, style
    for style in ("text-speak", "signature-like-own-lines", "voice-to-text"):
        assert PART.tagged(style) >= 1, style
    for dialect in ("dialect-antwerp", "dialect-limburg", "dialect-west-flemish",
                    "dialect-east-flemish", "dialect-flemish-brabant", "dialect-brussels"):
        assert PART.tagged(dialect) >= 11, dialect
    for theme in ("coming-out", "bullying", "parents", "self-harm", "love", "school", "friends",
                  "family-violence", "loneliness", "divorce", "anxiety", "grief", "body-image"):
        assert PART.tagged(theme) >= 5, theme
    assert PART.tagged("gender-identity") >= 3
    ages = {int(a) for v in labels.values() for span in strs(v["content"])
            for a in re.findall(r"\b(1\d)\b", span)}
    assert {10, 11, 12, 13, 14, 15, 16, 17, 18, 19} <= ages, ages


def test_mails_are_as_long_as_promised() -> None:
    # An average of about 150 content words a mail, some of 250 or more, some one-liners.
    words = [content_words(v) for v in PART.labels().values()]
    assert sum(words) >= 150 * len(words), sum(words) / len(words)
    assert sum(1 for n in words if n >= 250) >= 4
    assert sum(1 for n in words if n <= 35) >= 4


def test_new_shapes_each_name_what_is_new() -> None:
    checks.check_new_shapes_each_name_what_is_new(PART)


def test_replies_quote_the_helpline_and_html_only_mails_have_no_text_part() -> None:
    checks.check_replies_quote_the_helpline_and_html_only_mails_have_no_text_part(PART)


def test_mails_without_identity_in_the_body_have_none_in_their_content() -> None:
    checks.check_no_identity_in_body_content(PART)


def test_own_name_in_text_mails_name_the_writer_in_their_own_words() -> None:
    checks.check_own_name_in_text_cases(PART, contact=r"\d|@|straat|laan|steenweg|weg")


def test_heldout_names_no_one_from_the_issue() -> None:
    checks.check_names_no_one_from_the_issue(PART, places=ISSUE_PLACES, labels_too=True)
