"""Part seeker-nl of the sixth held-out relay-text corpus (dev/heldout-v6/seeker-nl/) is consistent
with
its labels and with its generator, and has the size and spread its brief promised.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

from collections import Counter

import tests.tools.relay_corpus_heldout6_seeker_nl as generator
from tests.tools import relay_corpus_part_checks as checks
from tests.tools.relay_corpus_part_checks import LabelledPart, strs

PART = LabelledPart(generator, "tests.tools.relay_corpus_heldout6_seeker_nl_cases", "v6snl_",
                    r"s-(\d{4})-snl-\1-[a-z0-9-]+\.eml")


def test_heldout_labels_agree_with_the_mails() -> None:
    checks.check_labels_agree_with_the_mails(PART)


def test_heldout_files_are_what_the_generator_renders() -> None:
    checks.check_files_are_what_the_generator_renders(PART)


def test_heldout_is_one_folder_with_one_labels_file() -> None:
    checks.check_part_is_one_folder_with_one_labels_file(
        PART, folder=("heldout-v6", "seeker-nl"), header_text="sixth set, part seeker-nl")


def test_new_client_shapes_carry_the_parts_prefix() -> None:
    checks.check_own_client_shapes_are_prefixed_and_registered(PART)


def test_case_slugs_carry_the_parts_prefix() -> None:
    checks.check_file_names(PART, first_number=1)


def test_every_mail_is_a_help_seeker_writing_to_the_helpline() -> None:
    checks.check_every_mail_is_a_help_seeker_writing_to_the_helpline(PART)


def test_heldout_has_the_promised_size_and_spread() -> None:
    labels = PART.labels()
    assert len(labels) >= 75
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages["nl"] >= 65 and languages["fr"] >= 5 and languages["en"] >= 5, languages
    assert len({str(v["client"]) for v in labels.values()}) >= 25
    accounts = ("parent-account", "school-account", "family-account", "club-account",
                "institution-account")
    assert sum(PART.tagged(t) for t in accounts) >= 15
    assert PART.tagged("reply-with-quote") >= 8
    assert PART.tagged("html-only") >= 5
    assert PART.tagged("own-name-in-text") >= 45
    assert PART.tagged("no-identity-in-body") >= 10
    assert PART.tagged("signature") >= 15
    assert PART.tagged("disclaimer") >= 5
    assert PART.tagged("written-for") >= 10
    assert PART.tagged("nl-netherlands") >= 3
    # At least a third in shapes the README's list of dev rounds does not name.
    assert PART.tagged("new-shape") * 3 >= len(labels)
    for who in ("parent-writing", "sibling", "teacher", "youth-worker", "grandparent", "coach",
                "not-the-parent"):
        assert PART.tagged(who) >= 1, who
    for style in ("one-liner", "no-punctuation", "one-phrase-a-line", "voice-to-text",
                  "all-caps", "emoji", "long-rambling", "typos"):
        assert PART.tagged(style) >= 2, style
    for dialect in ("dialect-antwerp", "dialect-limburg", "dialect-west-flemish",
                    "dialect-east-flemish", "dialect-flemish-brabant", "dialect-brussels"):
        assert PART.tagged(dialect) >= 5, dialect
    for theme in ("coming-out", "gender-identity", "bullying", "parents", "self-harm", "love",
                  "school", "friends", "family-violence", "loneliness", "divorce", "anxiety"):
        assert PART.tagged(theme) >= 3, theme


def test_new_shapes_each_name_what_is_new() -> None:
    checks.check_new_shapes_each_name_what_is_new(PART)


def test_replies_quote_the_helpline_and_html_only_mails_have_no_text_part() -> None:
    checks.check_replies_quote_the_helpline_and_html_only_mails_have_no_text_part(PART)
    for name, label in PART.labels().items():
        tags = strs(label["tags"])
        msg = PART.message(name)
        if "logo" in tags:
            assert "image/png" in PART.types(name), name
        if "reply-to-only" in tags:
            reply_to = msg["Reply-To"]
            assert reply_to and reply_to.addresses[0].addr_spec in strs(label["identity"]), name


def test_mails_without_identity_in_the_body_have_none_in_their_content() -> None:
    checks.check_no_identity_in_body_content(PART)


def test_own_name_in_text_mails_name_the_writer_in_their_own_words() -> None:
    checks.check_own_name_in_text_cases(PART, body_and_sig=False)


def test_heldout_names_no_one_from_the_issue() -> None:
    checks.check_names_no_one_from_the_issue(PART)
