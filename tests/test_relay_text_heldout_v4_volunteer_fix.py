"""Behaviour tests for the rules that closed part of dev/heldout-v4's volunteer misses: a second
address of the volunteer's own given in a sentence, its local part their name words written
together ("first" + "last" without a dot); the volunteer's initials labelling their answers
between the lines of the help-seeker's mail ("XY: …"). Names, words and mails are invented,
not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import Identity, learn_names
from mailhandler.core.scrub.sign_offs import replace_initials_labels
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


# ------------------------------------------------------------- initials labelling inline answers


def test_initials_labelling_answers_between_the_quoted_lines_are_replaced() -> None:
    text = (f"Dag {PSEUDONYM},\n\nIk antwoord tussen je zinnen.\n\n"
            "Van: Lumi <hulp@lumi.example>\nVerzonden: maandag 2 maart 2026 10:00\n"
            "Onderwerp: vraag\n\n"
            "ik durf het niet te zeggen aan mijn papa\n"
            "KD: Dat begrijp ik. Misschien eerst aan iemand anders?\n\n"
            "mijn zus weet het wel\n"
            "KD: Fijn dat zij er is voor jou.\n\n"
            "Groetjes,\nKobe\n")
    message = _mail("Kobe Dierickx <kobe.dierickx@werk.example>", text)
    body, data = _answer(message, "kobe.dierickx@werk.example", "Kobe")
    assert "Lumi: Dat begrijp ik. Misschien eerst aan iemand anders?" in body.text
    assert "Lumi: Fijn dat zij er is voor jou." in body.text
    assert "mijn zus weet het wel" in body.text
    assert_absent(data, ["KD", "Kobe", "Dierickx"])


def test_bracketed_and_quoted_initials_with_a_particle_are_replaced() -> None:
    who = Identity(addresses=(), names=("Anke van der Berg",))
    text = "> is dit normaal?\n> AvdB: ja, heel normaal\n[AB] en je mag altijd terugschrijven\n"
    out, _ = replace_initials_labels(text, who, "Lumi")
    assert out == ("> is dit normaal?\n> Lumi: ja, heel normaal\n"
                   "[Lumi] en je mag altijd terugschrijven\n")


def test_a_friends_initials_and_initials_inside_a_sentence_stay() -> None:
    who = Identity(addresses=(), names=("Kobe Dierickx",))
    text = ("JM: dat schreef je vriend in de groepschat\n"
            "De afkorting KD gebruik je best niet: KD staat ook voor iets anders.\n"
            "kd: kleine letters zijn geen initialen\n")
    assert replace_initials_labels(text, who, "Lumi") == (text, ())


def test_advice_labels_that_match_the_initials_stay() -> None:
    who = Identity(addresses=(), names=("Pieter Sels",))
    text = "PS: je mag altijd bellen naar de Awel-lijn.\n"
    assert replace_initials_labels(text, who, "Lumi") == (text, ())
    who = Identity(addresses=(), names=("Nora Bakker",))
    text = "NB: dat gesprek is gratis en anoniem.\n"
    assert replace_initials_labels(text, who, "Lumi") == (text, ())


def test_a_single_name_has_no_initials_to_label_with() -> None:
    who = Identity(addresses=(), names=("Kobe",))
    text = "K: zo schrijf ik mijn antwoorden\nKO: of zo\n"
    assert replace_initials_labels(text, who, "Lumi") == (text, ())


# ------------------------------------- guards: capitals that label a list, not an inline answer


def test_language_labels_that_are_the_initials_stay() -> None:
    text = (f"Dag {PSEUDONYM},\n\nIk schrijf je in beide talen.\n\n"
            "NL: Je hoeft je niet te schamen. Schrijf gerust terug.\n"
            "FR: Tu ne dois pas avoir honte. N'hésite pas à réécrire.\n\n"
            "Groetjes,\nFien\n")
    message = _mail("Fien Roels <fien.roels@werk.example>", text)
    body, _ = _answer(message, "fien.roels@werk.example", "Fien")
    assert "FR: Tu ne dois pas avoir honte." in body.text
    assert "NL: Je hoeft je niet te schamen." in body.text


def test_a_resource_list_whose_label_is_the_initials_stays() -> None:
    who = Identity(addresses=(), names=("Jan Claes",))
    text = ("Je kan hier terecht:\n\n"
            "JC: het jongerencentrum in je stad, ook zonder afspraak\n"
            "CLB: op school, gratis\n")
    assert replace_initials_labels(text, who, "Lumi") == (text, ())
    who = Identity(addresses=(), names=("Emma Nijs",))
    text = "EN: It is not your fault.\nNL: Het is niet jouw schuld.\n"
    assert replace_initials_labels(text, who, "Lumi") == (text, ())


def test_a_list_inside_an_inline_answer_keeps_its_labels() -> None:
    who = Identity(addresses=(), names=("Jan Claes",))
    text = ("Van: Lumi <hulp@lumi.example>\nOnderwerp: vraag\n\n"
            "waar kan ik naartoe?\n"
            "CLB: op school\n"
            "JC: het jongerencentrum\n")
    assert replace_initials_labels(text, who, "Lumi") == (text, ())
