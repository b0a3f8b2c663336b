"""Part seeker_nl of the third held-out relay-text corpus (heldout/seeker-nl/) is consistent with
its labels and with its generator, and has the size and spread its brief promised.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

from collections import Counter

import tests.tools.relay_corpus_heldout3_seeker_nl as generator
from tests.tools import relay_corpus_part_checks as checks
from tests.tools.relay_corpus_part_checks import LabelledPart

# This part's client shapes carry no prefix of their own (none are checked here).
PART = LabelledPart(generator, "tests.tools.relay_corpus_heldout3_seeker_nl_cases", "",
                    r"s-\d{4}-[a-z0-9-]+\.eml")


def test_heldout_labels_agree_with_the_mails() -> None:
    checks.check_labels_agree_with_the_mails(PART)


def test_heldout_files_are_what_the_generator_renders() -> None:
    checks.check_files_are_what_the_generator_renders(PART)


def test_heldout_is_one_folder_with_one_labels_file() -> None:
    checks.check_part_is_one_folder_with_one_labels_file(
        PART, folder=("heldout-v3", "seeker-nl"), header_text="third set, part seeker_nl")


def test_every_mail_is_a_help_seeker_writing_to_the_helpline() -> None:
    checks.check_every_mail_is_a_help_seeker_writing_to_the_helpline(PART)


def test_heldout_has_the_promised_size_and_spread() -> None:
    labels = PART.labels()
    assert len(labels) >= 60
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages["nl"] >= 45 and languages["fr"] >= 6 and languages["en"] >= 5, languages
    assert len({str(v["client"]) for v in labels.values()}) >= 10
    assert PART.tagged("parent-account") + PART.tagged("school-account") >= 12
    assert PART.tagged("reply-with-quote") >= 10
    assert PART.tagged("html-only") + PART.tagged("html-heavy") >= 8
    assert PART.tagged("own-name-in-text") >= 15
    assert PART.tagged("no-identity-in-body") >= 8
    for theme in ("coming-out", "gender-identity", "bullying", "parents", "self-harm", "love",
                  "school", "friends"):
        assert PART.tagged(theme) >= 2, theme


def test_replies_quote_the_helpline_and_html_only_mails_have_no_text_part() -> None:
    checks.check_replies_quote_the_helpline_and_html_only_mails_have_no_text_part(PART)


def test_heldout_names_no_one_from_the_earlier_sets() -> None:
    checks.check_names_no_one_from_the_issue(PART)
