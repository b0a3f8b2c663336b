"""Part seeker-nl of the fifth held-out relay-text corpus (dev/heldout-v5/seeker-nl/, held out
until 2026-12-07) is consistent with
its labels and with its generator, and has the size and spread its brief promised.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

from collections import Counter

import tests.tools.relay_corpus_heldout5_seeker_nl as generator
from tests.tools import relay_corpus_part_checks as checks
from tests.tools.relay_corpus_part_checks import LabelledPart, strs

PART = LabelledPart(generator, "tests.tools.relay_corpus_heldout5_seeker_nl_cases", "v5snl_",
                    r"s-\d{4}-n-\d{4}-[a-z0-9-]+\.eml")


def test_heldout_labels_agree_with_the_mails() -> None:
    checks.check_labels_agree_with_the_mails(PART)


def test_heldout_files_are_what_the_generator_renders() -> None:
    checks.check_files_are_what_the_generator_renders(PART)


def test_heldout_is_one_folder_with_one_labels_file() -> None:
    checks.check_part_is_one_folder_with_one_labels_file(
        PART, folder=("heldout-v5", "seeker-nl"), header_text="fifth set, part seeker-nl")


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
    assert languages["nl"] >= 60 and languages["fr"] >= 5 and languages["en"] >= 5, languages
    assert len({str(v["client"]) for v in labels.values()}) >= 25
    accounts = ("parent-account", "school-account", "family-account", "institution-account")
    assert sum(PART.tagged(t) for t in accounts) >= 12
    assert PART.tagged("reply-with-quote") >= 8
    assert PART.tagged("html-only") + PART.tagged("html-heavy") >= 5
    assert PART.tagged("own-name-in-text") >= 40
    assert PART.tagged("no-identity-in-body") >= 5
    assert PART.tagged("looks-like-signature") >= 4
    assert PART.tagged("signature") >= 10
    assert PART.tagged("written-for") >= 6
    # About a third in shapes the README's list of dev rounds does not name.
    assert PART.tagged("new-shape") * 10 >= len(labels) * 3
    for who in ("parent-writing", "sibling", "teacher", "youth-worker", "grandparent",
                "relative-writing"):
        assert PART.tagged(who) >= 1, who
    for dialect in ("dialect-antwerp", "dialect-limburg", "dialect-west-flemish",
                    "dialect-east-flemish", "dialect-brussels"):
        assert PART.tagged(dialect) >= 2, dialect
    for theme in ("coming-out", "gender-identity", "bullying", "parents", "self-harm", "love",
                  "school", "friends", "family-violence", "loneliness", "divorce", "anxiety"):
        assert PART.tagged(theme) >= 3, theme


def test_replies_quote_the_helpline_and_html_only_mails_have_no_text_part() -> None:
    checks.check_replies_quote_the_helpline_and_html_only_mails_have_no_text_part(PART)
    for name, label in PART.labels().items():
        tags = strs(label["tags"])
        if "vcard" in tags:
            assert "text/x-vcard" in PART.types(name), name


def test_mails_without_identity_in_the_body_have_none_in_their_content() -> None:
    checks.check_no_identity_in_body_content(PART)


def test_heldout_names_no_one_from_the_issue() -> None:
    checks.check_names_no_one_from_the_issue(PART)
