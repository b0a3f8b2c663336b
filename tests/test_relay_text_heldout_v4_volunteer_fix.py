"""Behaviour tests for the rules that closed part of dev/heldout-v4's volunteer misses: a second
address of the volunteer's own given in a sentence, its local part their name words written
together ("first" + "last" without a dot). Names, words and mails are invented,
not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import Identity, learn_names
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _mail

# ------------------------------------------------------- a second address, the name run together


def test_a_second_address_of_the_name_written_together_is_replaced() -> None:
    text = (f"Dag {PSEUDONYM},\n\nWat je vertelt over je broer is zwaar. Praat er eens over met "
            "iemand op school.\n"
            "Wie liever mailt, mag ook naar mijn privé-adres, joriswauters@thuisnet.example, "
            "als dat makkelijker is.\n\nGroetjes,\nJoris\n")
    message = _mail("Joris Wauters <joris.wauters@werk.example>", text)
    body, data = _answer(message, "joris.wauters@werk.example", "Joris")
    assert "mag ook naar mijn privé-adres, hulp@lumi.example, als dat makkelijker is." in body.text
    assert_absent(data, ["joriswauters", "thuisnet.example", "Wauters"])


def test_the_surname_first_and_digits_after_still_name_the_writer() -> None:
    who = Identity(addresses=("nadia.elamrani@werk.example",), names=("Nadia Elamrani",))
    learned = learn_names("Je kan me ook mailen op elamraninadia88@post.example.\n", who)
    assert "elamraninadia88@post.example" in learned.addresses


def test_a_resource_address_in_advice_is_kept() -> None:
    text = (f"Hoi {PSEUDONYM},\n\nJe kan ook altijd mailen naar jongerenhulp@stad.example of naar "
            "info@awel.example, daar lezen ze elke dag mee.\n\nGroetjes,\nJoris\n")
    message = _mail("Joris Wauters <joris.wauters@werk.example>", text)
    body, _ = _answer(message, "joris.wauters@werk.example", "Joris")
    assert "jongerenhulp@stad.example of naar info@awel.example, daar lezen ze" in body.text


def test_a_friends_address_and_a_word_holding_a_name_are_not_learned() -> None:
    who = Identity(addresses=("sam.peeters@werk.example",), names=("Sam Peeters",))
    text = ("Mijn collega is bereikbaar op linedewolf@team.example en het project op "
            "samenspel@jeugd.example.\n")
    learned = learn_names(text, who)
    assert "linedewolf@team.example" not in learned.addresses
    assert "samenspel@jeugd.example" not in learned.addresses  # "samen" is a word, not "sam"


def test_one_name_word_written_alone_in_a_longer_run_is_not_enough() -> None:
    who = Identity(addresses=("tom.vos@werk.example",), names=("Tom Vos",))
    learned = learn_names("Het atelier: tomatenkweek@moestuin.example.\n", who)
    assert "tomatenkweek@moestuin.example" not in learned.addresses
