"""Behaviour tests for the rules that closed part of dev/heldout-v4's Dutch help-seeker misses:
initials typed in lower case with dots signing the text ("n.v."); a writer coming back who names
themselves first ("hallo het is weer Roos") on someone else's account; another spelling of their
name in a bracket whose verb comes first ("(op school schrijven ze Suraya)"); Limburgish "ich
bin" for "ik ben". Names, words and mails are invented, not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import Identity
from mailhandler.core.scrub.names import learn_names
from tests.test_relay_text import _forward, _mail

# --------------------------------------------------------------------------- lower-case initials


def test_lower_case_initials_with_dots_signing_the_text_are_replaced() -> None:
    body = ("hoi\nmag een leerkracht aan mijn mama zeggen wat ik vertel?\nik ben 13\nn.v.\n\n"
            "Verzonden vanaf mijn Samsung-apparaat\n")
    relayed, _ = _forward(_mail("Nore Verhaeghe <nore.verhaeghe@mail.example>", body))
    assert "n.v." not in relayed.text
    assert "mag een leerkracht aan mijn mama zeggen wat ik vertel?" in relayed.text
    assert "ik ben 13" in relayed.text


def test_lower_case_initials_with_a_space_after_the_dot_are_learned() -> None:
    who = Identity(addresses=("tuur.b@mail.example",), names=("Tuur Baeten",))
    assert "t. b" in learn_names("ik durf het niet te zeggen\nt. b\n", who).names


def test_someone_elses_initials_closing_the_text_stay() -> None:
    body = "mijn beste vriendin schreef dit briefje voor mij, ze tekent altijd zo\nk.d.\n"
    relayed, _ = _forward(_mail("Nore Verhaeghe <nore.verhaeghe@mail.example>", body))
    assert "k.d." in relayed.text


def test_a_dotted_abbreviation_alone_on_the_last_line_stays() -> None:
    who = Identity(addresses=("nina.bos@mail.example",), names=("Nina Bos",))
    assert learn_names("lees het eerst helemaal\nn.b.\n", who) == who


def test_lower_case_initials_inside_a_sentence_stay() -> None:
    body = "ik voel me m.a.w. heel alleen op school\nik ben 15\n"
    relayed, _ = _forward(_mail("Mats Aerts <mats.aerts@mail.example>", body))
    assert "m.a.w. heel alleen" in relayed.text
