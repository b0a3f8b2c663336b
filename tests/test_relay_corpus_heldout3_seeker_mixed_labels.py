"""The third held-out relay-text corpus, part seeker-mixed (heldout/seeker-mixed/), is consistent
with its labels, with its generator, and has the size and spread its brief promised.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

from collections import Counter

import tests.tools.relay_corpus_heldout3_seeker_mixed as generator
from tests.tools import relay_corpus_part_checks as checks
from tests.tools.relay_corpus_heldout3_seeker_mixed import NEW_SHAPES
from tests.tools.relay_corpus_part_checks import LabelledPart

# This part's client shapes (NEW_SHAPES) carry no prefix of their own.
PART = LabelledPart(generator, "tests.tools.relay_corpus_heldout3_seeker_mixed_cases", "",
                    r"s-\d{4}-[a-z0-9-]+\.eml")


def test_heldout_labels_agree_with_the_mails() -> None:
    checks.check_labels_agree_with_the_mails(PART)


def test_heldout_files_are_what_the_generator_renders() -> None:
    checks.check_files_are_what_the_generator_renders(PART, "third set, part seeker-mixed")


def test_heldout_is_one_folder_with_one_labels_file() -> None:
    checks.check_part_is_one_folder_with_one_labels_file(
        PART, folder=("heldout-v3", "seeker-mixed"))


def test_heldout_has_the_promised_size_and_languages() -> None:
    labels = PART.labels()
    assert len(labels) >= 60
    assert {str(v["direction"]) for v in labels.values()} == {"seeker"}
    for name in labels:
        assert str(PART.message(name)["To"]) == "hulp@lumi.example", name
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages["fr"] >= 23 and languages["en"] >= 13 and languages["nl"] >= 18, languages
    assert len(PART.with_tag("mixed-language")) >= 4


def test_heldout_has_the_promised_clients() -> None:
    labels = PART.labels()
    assert len({str(v["client"]) for v in labels.values()}) >= 12
    new_labels = {shape.label for shape in NEW_SHAPES.values()}
    used_new = {str(v["client"]) for v in labels.values()} & new_labels
    assert len(used_new) >= 3, used_new


def test_html_only_mails_have_no_text_part() -> None:
    checks.check_html_only_mails_have_no_text_part(PART, least=10)


def test_mails_from_someone_elses_account() -> None:
    assert len(PART.with_tag("not-own-account")) >= 10
    checks.check_other_accounts(
        PART, ("parent-account", "sibling-account", "school-account", "friend-account"))


def test_replies_carry_the_helplines_history() -> None:
    checks.check_replies_carry_the_helplines_history(PART, least=10)


def test_young_people_give_their_own_identity_in_the_text() -> None:
    checks.check_identity_in_text(PART, least=15)


def test_some_mails_carry_no_identity_in_the_body() -> None:
    checks.check_no_identity_in_the_body(PART, least=10)


def test_heldout_names_no_one_from_the_earlier_sets() -> None:
    checks.check_names_no_one_from_the_issue(PART, labels_too=True)
