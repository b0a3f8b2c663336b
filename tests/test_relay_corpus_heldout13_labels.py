"""The thirteenth held-out relay-text corpus as a whole (tests/fixtures/relay_text/heldout/):
its three parts (seeker-nl, seeker-mixed, volunteer) were written apart on 2026-12-08
(sixteenth session); together they are one set. What only the whole can show:
tests/tools/relay_corpus_set_checks.py.
"""

from __future__ import annotations

import tests.tools.relay_corpus_heldout13_seeker_mixed as seeker_mixed
import tests.tools.relay_corpus_heldout13_seeker_nl as seeker_nl
import tests.tools.relay_corpus_heldout13_volunteer as volunteer
from tests.tools.relay_corpus_heldout import ROOT
from tests.tools.relay_corpus_set_checks import Part, WholeSet

CASES = "tests.tools.relay_corpus_heldout13_{}_cases"
SET = WholeSet(
    ROOT / "tests" / "fixtures" / "relay_text" / "heldout",
    {"seeker-nl": Part(seeker_nl, seeker_nl.EXTRA_SHAPES, "v13snl_", CASES.format("seeker_nl")),
     "seeker-mixed": Part(seeker_mixed, seeker_mixed.EXTRA_SHAPES, "v13smx_",
                          CASES.format("seeker_mixed")),
     "volunteer": Part(volunteer, volunteer.EXTRA_SHAPES, "v13vol_", CASES.format("volunteer"))},
    min_seekers=160, min_volunteers=90)


def test_the_three_parts_are_the_whole_folder() -> None:
    SET.check_the_parts_are_the_whole_folder()


def test_every_mail_is_labelled_once_and_no_file_name_is_used_twice() -> None:
    SET.check_every_mail_is_labelled_once()


def test_the_set_has_the_promised_size_and_spread() -> None:
    SET.check_size_and_spread()


def test_no_client_shape_is_claimed_by_two_parts() -> None:
    SET.check_no_client_shape_is_claimed_by_two_parts()


def test_the_set_names_no_one_from_the_issue() -> None:
    SET.check_no_name_of_the_issue_occurs()
