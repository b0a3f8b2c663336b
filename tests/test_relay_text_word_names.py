"""Names learned for others that are also words (Identity.word_names, issue 12): the word in
lower case stays, the name as written still goes, and the writer's own names are not so
marked. Names, words and mails are invented; .example domains only."""

from __future__ import annotations

from tests.conftest import assert_absent
from tests.test_relay_text_adversary8_probes import _seek


def test_a_card_name_that_is_a_word_still_goes_where_written_as_a_name() -> None:
    body = (
        'this is my medical card\n'
        'Hope Smith\n'
        'Blood type O\n'
        '\n'
        'Hope is what they call me at school too\n'
        'i have no hope left\n')
    text, subject, data = _seek('Sarah Smith <s.smith@family.example>', body)
    assert 'i have no hope left' in text
    assert 'Hope' not in text  # assert_absent is blind to case: the word stays


def test_the_writers_own_signed_name_that_is_a_word_goes_in_lower_case_too() -> None:
    body = (
        'allo c max\n'
        'chu trans, 14 ans\n'
        'jsais pas quoi faire\n'
        'Max (il)\n')
    text, subject, data = _seek('Marie-Eve Tremblay <mev.tremblay@maison.example>', body)
    assert 'c max' not in text


def test_a_parents_first_name_stays_a_word_only_in_lower_case() -> None:
    body = (
        'mijn papa (Max Peeters) zegt dat ik max 1 uur mag gamen\n'
        'Max Peeters is streng\n')
    text, subject, data = _seek('Jolien Meers <jolien.meers@thuis.example>', body)
    assert 'max 1 uur' in text
    assert_absent(data, ['Max Peeters'])
    assert 'Max' not in text
