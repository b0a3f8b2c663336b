"""The thirteenth held-out relay-text corpus, part seeker-mixed
(heldout/seeker-mixed/), is consistent with its labels, with its generator, and has the size and
spread its brief promised.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

from collections import Counter

import pytest

import tests.tools.relay_corpus_heldout13_seeker_mixed as generator
from tests.tools import relay_corpus_part_checks as checks
from tests.tools.relay_corpus_part_checks import LabelledPart, strs

OUT = generator.OUT
PART = LabelledPart(generator, "tests.tools.relay_corpus_heldout13_seeker_mixed_cases", "v13smx_",
                    r"s-01\d{2}-h13m-[a-z0-9-]+\.eml")

pytestmark = pytest.mark.skipif(not OUT.exists(), reason="the thirteenth set's folder is not there")

FIRST_NUMBER = 101  # this part numbers from 0101, the seeker-nl part from 0001

# Names, streets and places of issue 12's examples, beyond the checkers' ISSUE_NAMES.
ISSUE_PLACES = ("kerkstraat", "lange kievitstraat", "antwerpen", "gezin.example", "qbqbut")

FAMILY_LANGUAGES = {
    "darija", "algerian-arabic", "levantine-arabic", "lebanese-arabic", "syrian-arabic",
    "iraqi-arabic", "kabyle", "tarifit", "turkish", "kurmanji", "polish", "romanian", "ukrainian",
    "russian", "chechen", "bulgarian", "albanian", "armenian", "italian", "sicilian", "spanish",
    "portuguese", "brazilian-portuguese", "kriolu", "lingala", "swahili", "kinyarwanda",
    "tigrinya", "amharic", "somali", "wolof", "bambara", "pular", "yoruba", "igbo", "twi",
    "camfranglais", "haitian-creole", "pashto", "dari", "farsi", "urdu", "punjabi", "hindi",
    "bengali", "tamil", "vietnamese", "tagalog",
}


def test_heldout_labels_agree_with_the_mails() -> None:
    checks.check_labels_agree_with_the_mails(PART)


def test_heldout_files_are_what_the_generator_renders() -> None:
    checks.check_files_are_what_the_generator_renders(PART, "thirteenth set, part seeker-mixed")


def test_heldout_is_one_folder_with_one_labels_file() -> None:
    checks.check_part_is_one_folder_with_one_labels_file(PART, folder=("heldout", "seeker-mixed"))


def test_file_names_carry_this_parts_slug_prefix_and_number() -> None:
    checks.check_file_names(PART, first_number=FIRST_NUMBER)


def test_own_client_shapes_are_prefixed_and_only_shared_or_own_shapes_are_used() -> None:
    checks.check_own_client_shapes_are_prefixed_and_registered(PART)
    checks.check_cases_use_only_the_shared_shapes_or_their_own(PART)


def test_heldout_has_the_promised_size_and_languages() -> None:
    labels = PART.labels()
    assert len(labels) == 70
    checks.check_every_mail_is_a_help_seeker_writing_to_the_helpline(PART)
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages == {"fr": 32, "en": 20, "nl": 18}, languages


def test_every_mail_mixes_in_a_family_language() -> None:
    labels = PART.labels()
    assert len(PART.with_tag("mixed-language")) == 70
    for name, label in labels.items():
        assert set(strs(label["tags"])) & FAMILY_LANGUAGES, name
    mixed_with = {tag for v in labels.values() for tag in strs(v["tags"])} & FAMILY_LANGUAGES
    assert mixed_with == FAMILY_LANGUAGES, FAMILY_LANGUAGES - mixed_with


def test_heldout_spans_the_french_speaking_world() -> None:
    checks.check_french_regions(PART, ("brussels", "wallonia", "france", "quebec", "diaspora"),
                                least=6)


def test_young_people_of_every_age_from_10_to_19() -> None:
    checks.check_ages_from_10_to_19_once_a_mail(PART)


def test_the_mails_are_long_on_average_with_a_spread() -> None:
    # About 150 content words a mail on average: a few one-liners, many medium, some long.
    words = sorted(sum(len(s.split()) for s in strs(v["content"])) for v in PART.labels().values())
    assert sum(words) / len(words) >= 145, sum(words) / len(words)
    assert words[0] <= 25 and words[-1] >= 200, (words[0], words[-1])


def test_heldout_has_the_promised_clients() -> None:
    checks.check_promised_clients(PART, least=30)


def test_every_client_shape_of_this_part_is_used() -> None:
    checks.check_every_client_shape_of_the_part_is_used(PART)


def test_at_least_sixty_percent_are_shapes_the_rounds_do_not_name() -> None:
    assert PART.tagged("new-shape") * 10 >= 6 * 70
    checks.check_new_shapes_each_name_what_is_new(PART)


def test_html_only_mails_have_no_text_part() -> None:
    checks.check_html_only_mails_have_no_text_part(PART, least=8)
    checks.check_replies_quote_the_helpline_and_html_only_mails_have_no_text_part(PART)


def test_mails_from_someone_elses_account_or_for_someone_else() -> None:
    names = PART.with_tag("not-own-account")
    assert len(set(names) | set(PART.with_tag("writes-for-kid"))) >= 25
    checks.check_other_accounts(PART, (
        "parent-account", "grandparent-account", "sibling-account", "cousin-account",
        "uncle-account", "friend-account", "family-business-account", "youth-house-account"))
    # accounts that are the writer's own but not private: a school, a job
    assert PART.with_tag("school-account") and PART.with_tag("work-account")


def test_the_account_holders_name_in_the_text_is_identity() -> None:
    checks.check_the_account_holders_name_in_the_text_is_identity(PART)


def test_people_write_for_young_people() -> None:
    checks.check_people_write_for_young_people(
        PART, adults=12, kids=15,
        who=("parent-writes", "grandparent-writes", "sibling-writes", "aunt-writes",
             "cousin-writes", "youth-worker-writes", "teacher-writes", "interpreter-writes",
             "foster-parent-writes", "counsellor-writes"))


def test_replies_carry_the_helplines_history() -> None:
    checks.check_replies_carry_the_helplines_history(PART, least=5)


def test_contact_details_are_offered_in_the_text() -> None:
    checks.check_contact_details_are_offered_in_the_text(PART, least=15)


def test_young_people_give_their_own_identity_in_the_text() -> None:
    checks.check_identity_in_text(PART, least=60)


def test_some_mails_carry_no_identity_in_the_body() -> None:
    checks.check_no_identity_in_the_body(PART, least=7)
    checks.check_no_identity_in_body_content(PART)


def test_identity_only_in_headers_is_labelled() -> None:
    checks.check_identity_only_in_headers_is_labelled(PART, least=3)


def test_pasted_cards_carry_the_writers_name() -> None:
    checks.check_pasted_cards_carry_the_writers_name(PART, least=30)


def test_links_the_writers_wrote_are_invented() -> None:
    checks.check_links_the_writers_wrote_are_invented(PART)


def test_heldout_names_no_one_from_the_issue() -> None:
    checks.check_names_no_one_from_the_issue(PART, places=ISSUE_PLACES, labels_too=True)
