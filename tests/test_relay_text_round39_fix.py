"""Behaviour tests for the rules that closed part of dev round39's misses (volunteers' cards set
with typographic bars, and cards drawn in an ASCII or box-drawing frame). Names, words and places
are invented, not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import (
    Identity,
    learn_more_names,
    learn_names,
    replace_identity,
    without_helpline_origin,
)
from mailhandler.core.scrub.signature_lines import _is_card_line, _signature_name_words
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _mail

# ------------------------------------------------------- cards set with typographic bars


def test_a_card_set_with_double_bars_goes_whole() -> None:
    text = (f"Dag {PSEUDONYM},\n\nJe mag altijd langskomen als je wil praten, ook zonder "
            "afspraak.\n\nVeel groeten,\n\n"
            "dr. Griet Vanhaelen ‖ kinderarts ‖ Medisch Centrum Ter Beke ‖ RIZIV 1-55555-22-333\n"
            "Beekstraat 4, 9000 Gent ‖ 09 222 33 44\n")
    message = _mail("Griet Vanhaelen <griet.vanhaelen@praktijk.example>", text)
    body, data = _answer(message, "griet.vanhaelen@praktijk.example", "Griet")
    assert "Je mag altijd langskomen als je wil praten, ook zonder afspraak." in body.text
    assert "Veel groeten," in body.text
    assert_absent(data, ["Medisch Centrum Ter Beke", "1-55555-22-333", "kinderarts",
                         "Vanhaelen", "Griet"])


def test_a_card_set_with_vertical_line_bars_goes_whole() -> None:
    text = (f"Dag {PSEUDONYM},\n\nVraag het gerust aan je mentor, die kent de weg.\n\n"
            "Groetjes,\n\n"
            "Jonas Dewilde ⎮ leerkracht wiskunde ⎮ Sint-Annacollege Aalst\n"
            "Kerkstraat 9, 9300 Aalst ⎮ 053 11 22 33\n")
    message = _mail("Jonas Dewilde <jonas.dewilde@school.example>", text)
    body, data = _answer(message, "jonas.dewilde@school.example", "Jonas")
    assert "Vraag het gerust aan je mentor, die kent de weg." in body.text
    assert "Groetjes," in body.text
    assert_absent(data, ["Sint-Annacollege Aalst", "leerkracht wiskunde", "Dewilde"])


def test_advice_set_with_square_bullets_and_no_name_stays() -> None:
    name_words = _signature_name_words(Identity(addresses=(), names=("Jonas Dewilde",)))
    assert name_words is not None
    assert _is_card_line("Jonas Dewilde ▪ jeugdwerker ▪ De Kleine Haven", name_words)
    for line in ("Kindertelefoon ▪ 0800 11 22 ▪ elke dag tot tien uur",
                 "stap 1 ⎮ bel ⎮ stap 2 ⎮ praat"):
        assert not _is_card_line(line, name_words), line
    text = (f"Dag {PSEUDONYM},\n\nBel gerust eens:\n\n"
            "Kindertelefoon ▪ 0800 11 22 ▪ elke dag tot tien uur\n\nGroetjes,\nJonas\n")
    body, _ = _answer(_mail("Jonas Dewilde <jonas.dewilde@school.example>", text),
                      "jonas.dewilde@school.example", "Jonas")
    assert "Kindertelefoon ▪" in body.text and "elke dag tot tien uur" in body.text


# --------------------------------------------------------------------------- framed cards


def test_a_card_drawn_in_an_ascii_frame_goes_with_its_frame() -> None:
    text = (f"Hi {PSEUDONYM},\n\nYou can always come back here and write again, whenever you "
            "like.\n\nWarmly,\n\n"
            "+------------------------------------------+\n"
            "|  Mira Osei, RN  (she/her)                |\n"
            "|  Cardiology ward · St Ebba's Hospital    |\n"
            "|  Bleep 3318 · m.osei@stebbas.example     |\n"
            "+------------------------------------------+\n")
    message = _mail("Mira Osei <mira.osei@mail.example>", text)
    body, data = _answer(message, "mira.osei@mail.example", "Mira")
    assert "You can always come back here and write again, whenever you like." in body.text
    assert "Warmly," in body.text
    assert_absent(data, ["St Ebba's Hospital", "Cardiology ward", "she/her", "+-----"])


def test_a_card_drawn_with_box_lines_goes_with_its_frame() -> None:
    text = (f"Hi {PSEUDONYM},\n\nYou can always come back here and write again, whenever you "
            "like.\n\nTake care,\n\n"
            "┌──────────────────────────────────────┐\n"
            "│  Mira Osei, RN                        │\n"
            "│  Cardiology ward · St Ebba's Hospital │\n"
            "│  Bleep 3318 · m.osei@stebbas.example  │\n"
            "└──────────────────────────────────────┘\n")
    message = _mail("Mira Osei <mira.osei@mail.example>", text)
    body, data = _answer(message, "mira.osei@mail.example", "Mira")
    assert "Take care," in body.text
    assert_absent(data, ["St Ebba's Hospital", "Cardiology ward", "┌──"])


def test_a_framed_list_of_helplines_in_the_advice_stays() -> None:
    text = (f"Hi {PSEUDONYM},\n\nThese are free to call, day and night:\n\n"
            "+--------------------------------+\n"
            "|  Kids Line        0800 11 22   |\n"
            "|  Night Listeners  0800 33 44   |\n"
            "+--------------------------------+\n\n"
            "You are not alone in this, and it is not your fault.\n\nWarmly,\nMira\n")
    message = _mail("Mira Osei <mira.osei@mail.example>", text)
    body, _ = _answer(message, "mira.osei@mail.example", "Mira")
    for kept in ("Kids Line", "Night Listeners", "You are not alone in this", "Warmly,"):
        assert kept in body.text, kept


# ------------------------------------------------- the helpline's name after an introduction


def test_the_helpline_named_after_a_volunteers_introduction_stays() -> None:
    for greeting, kept in ((f"Coucou {PSEUDONYM}, c'est Inès de Lumi !", "de Lumi !"),
                           (f"Hoi {PSEUDONYM}, hier is Wannes van Lumi.", "van Lumi."),
                           (f"Hiya {PSEUDONYM}, it's Odile from Lumi!", "from Lumi!")):
        text = (f"{greeting}\n\nTu n'as pas besoin de te mettre une étiquette aujourd'hui, "
                "prends ton temps.\n\nBisous\n\nInès\n")
        message = _mail("Inès Wannes Odile Moreau <ines.moreau@gmail.example>", text)
        body, data = _answer(message, "ines.moreau@gmail.example", "Inès")
        assert kept in body.text, greeting
        assert_absent(data, ["Inès", "Wannes", "Odile", "Moreau"])


def test_a_surname_with_a_particle_after_an_introduction_is_still_replaced() -> None:
    who = Identity(addresses=(), names=("Inès Moreau", "Inès"))
    learned = Identity(addresses=(), names=("Inès Moreau", "Inès", "Inès de Lumière",
                                            "Inès de Lumi", "Lumi"))
    kept = without_helpline_origin(learned, who, "Lumi")
    assert "Inès de Lumière" in kept.names  # another word than the helpline's own name
    assert "Inès de Lumi" not in kept.names
    assert "Lumi" in kept.names  # a name learned on its own is not touched
    assert without_helpline_origin(who, who, "Lumi") == who


# ----------------------------------------------------------------------- fediverse accounts


def test_a_fediverse_account_holding_the_volunteers_name_is_replaced_whole() -> None:
    text = (f"Hey {PSEUDONYM},\n\nAls je liever ergens anders praat: ik zit op Mastodon als "
            "@hannevb@social.example. Maar hier blijven mag ook.\n\nGroetjes\n\nHanne\n")
    message = _mail("Hanne Verbeke <hanne.verbeke@gmail.example>", text)
    body, data = _answer(message, "hanne.verbeke@gmail.example", "Hanne")
    assert "ik zit op Mastodon als" in body.text and "Maar hier blijven mag ook." in body.text
    assert_absent(data, ["hannevb", "@social.example"])


def test_a_fediverse_account_of_a_service_and_plain_addresses_stay() -> None:
    who = Identity(addresses=("hanne.verbeke@gmail.example",), names=("Hanne Verbeke", "Hanne"))
    text = ("Volg gerust @jongerenlijn@social.example, die posten elke dag tips. "
            "Of mail naar info@jongerenlijn.example.")
    assert replace_identity(text, who, "[adres]", PSEUDONYM) == text


# ------------------------------------------------------- who said it, at the end of a message


def test_a_short_form_said_at_the_end_of_a_dictated_answer_is_replaced() -> None:
    for last in ("speak soon comma this was Ben full stop", "tot snel komma dit was Ben punt",
                 "à plus virgule c'était Ben point"):
        text = (f"hi {PSEUDONYM} comma you are doing fine full stop take your time with it "
                f"full stop new paragraph\n{last}\n")
        message = _mail("Benedykt Zalewski <benedykt.zalewski@icloud.example>", text)
        body, data = _answer(message, "benedykt.zalewski@icloud.example", "Benedykt")
        assert "take your time with it" in body.text, last
        assert_absent(data, ["Ben ", "Benedykt", "Zalewski"])


def test_a_short_form_ending_a_sentence_of_the_story_stays() -> None:
    who = Identity(addresses=("benedykt.zalewski@icloud.example",),
                   names=("Benedykt Zalewski", "Benedykt"))
    for last in ("maar wie er mee begon dat was Ben", "ze lachten, en wie het zei dat was Ben",
                 "this was Ben who told them"):
        text = f"hoi\nik weet het niet meer.\n{last}\n"
        learned = learn_more_names(text, learn_names(text, who)).names
        assert "Ben" not in learned, last


def test_another_persons_name_or_a_word_after_this_was_stays() -> None:
    who = Identity(addresses=("benedykt.zalewski@icloud.example",),
                   names=("Benedykt Zalewski", "Benedykt"))
    for last in ("the one who started it this was Clara.", "this was Benchmark day"):
        text = f"hi, you are doing fine and you can take your time.\nok\n{last}\n"
        learned = learn_more_names(text, learn_names(text, who)).names
        assert "Clara" not in learned and "Benchmark" not in learned, last
    text = "hi, you are doing fine.\nthis was Ben\n"
    learned = learn_more_names(text, learn_names(text, who)).names
    assert "Ben" in learned
