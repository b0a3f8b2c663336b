"""Behaviour tests for the rules that closed part of dev round42's misses (volunteers' own words
where signature rules look): a message to the young person inside a self-made frame around the
volunteer's name and phone stays while the card goes; a line signing the answer with the
initials of the volunteer's full name is replaced where it stands, also above a P.S. Names,
words and mails are invented, not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import Identity
from mailhandler.core.scrub.sign_offs import replace_initials_sign_off
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _mail

VOLUNTEER = "Mirthe Verhaegen <mirthe.verhaegen@post.example>"
VOLUNTEER_ADDRESS = "mirthe.verhaegen@post.example"
ANSWER = ("Dag {pseudonym},\n\n"
          "Wat je schrijft over je broer is echt niet makkelijk. Je hoeft niet alles alleen te "
          "dragen.\nSchrijf ons gerust opnieuw als je wil.\n\n")


def _answered(signature: str, sender: str = VOLUNTEER) -> tuple[str, bytes]:
    body = ANSWER.format(pseudonym=PSEUDONYM) + signature
    address = sender.partition("<")[2].rstrip(">")
    relayed, data = _answer(_mail(sender, body), address, sender.split()[0])
    return relayed.text, data


# --------------------------------------------------------------------------- a message in a frame


def test_a_message_under_the_card_in_a_drawn_frame_reaches_the_young_person() -> None:
    text, data = _answered(
        "┌──────────────────────────┐\n"
        "│ Mirthe Verhaegen (zij/haar)\n"
        "│ 0471 23 45 67\n"
        "├──────────────────────────┤\n"
        "│ nog dit, speciaal voor jou\n"
        "│ wie je bent is geen probleem\n"
        "└──────────────────────────┘\n")
    assert "nog dit, speciaal voor jou" in text
    assert "wie je bent is geen probleem" in text
    assert "Wat je schrijft over je broer" in text
    assert_absent(data, ["Mirthe", "Verhaegen", "0471 23 45 67", VOLUNTEER_ADDRESS])


def test_a_message_in_a_frame_drawn_with_left_bars_only_stays_in_english_too() -> None:
    text, data = _answered(
        "╔════════════════════════╗\n"
        "║ Mirthe Verhaegen\n"
        "║ Lumi volunteer · nursing student\n"
        "║ +32 471 23 45 67\n"
        "║────────────────────────\n"
        "║ and one more thing, for you\n"
        "║ a phase can also last\n"
        "║ a lifetime 🌱\n"
        "╚════════════════════════╝\n")
    for words in ("and one more thing, for you", "a phase can also last", "a lifetime 🌱"):
        assert words in text
    assert_absent(data, ["Mirthe", "Verhaegen", "+32 471 23 45 67"])


def test_a_message_above_the_card_in_a_frame_stays_and_the_card_goes() -> None:
    text, data = _answered(
        "+------------------------------------+\n"
        "|  toi, tu es très bien comme tu es  |\n"
        "|------------------------------------|\n"
        "|  Mirthe Verhaegen                  |\n"
        "|  0471 23 45 67                     |\n"
        "+------------------------------------+\n")
    assert "toi, tu es très bien comme tu es" in text
    assert_absent(data, ["Mirthe", "Verhaegen", "0471 23 45 67"])


def test_a_frame_whose_other_section_is_a_motto_without_you_goes_whole() -> None:
    # An organisation's or a person's motto says nothing to this reader: the card as before.
    text, data = _answered(
        "┌──────────────────────────┐\n"
        "│ Mirthe Verhaegen\n"
        "│ 0471 23 45 67\n"
        "├──────────────────────────┤\n"
        "│ Samen sterk sinds 1998\n"
        "└──────────────────────────┘\n")
    assert "Samen sterk" not in text
    assert_absent(data, ["Mirthe", "Verhaegen", "0471 23 45 67"])


def test_a_section_that_speaks_to_the_reader_but_holds_a_phone_or_a_link_goes() -> None:
    text, data = _answered(
        "┌──────────────────────────┐\n"
        "│ Mirthe Verhaegen\n"
        "├──────────────────────────┤\n"
        "│ bel je me? 0471 23 45 67\n"
        "│ of kijk op www.mirthe-verhaegen.example\n"
        "└──────────────────────────┘\n")
    assert "mirthe-verhaegen.example" not in text
    assert_absent(data, ["Mirthe", "Verhaegen", "0471 23 45 67"])


def test_a_section_that_speaks_to_the_reader_with_the_writers_name_in_it_goes() -> None:
    text, data = _answered(
        "┌──────────────────────────┐\n"
        "│ 0471 23 45 67\n"
        "├──────────────────────────┤\n"
        "│ groetjes van je buddy Mirthe\n"
        "└──────────────────────────┘\n")
    assert "buddy" not in text
    assert_absent(data, ["Mirthe", "Verhaegen", "0471 23 45 67"])


def test_a_frame_without_a_dividing_rule_goes_whole_as_before() -> None:
    text, data = _answered(
        "┌──────────────────────────┐\n"
        "│ Mirthe Verhaegen\n"
        "│ 0471 23 45 67\n"
        "│ voor jou altijd bereikbaar\n"
        "└──────────────────────────┘\n")
    assert "bereikbaar" not in text
    assert_absent(data, ["Mirthe", "Verhaegen", "0471 23 45 67"])


def test_a_framed_list_of_helplines_in_the_text_stays_as_it_was() -> None:
    body = ("Dag,\n\nBewaar deze nummers:\n"
            "┌────────────────────┐\n"
            "│ 1712  als je thuis niet veilig bent\n"
            "├────────────────────┤\n"
            "│ 102   Awel, voor jou\n"
            "└────────────────────┘\n\n"
            "Groetjes,\nMirthe\n")
    relayed, _ = _answer(_mail(VOLUNTEER, body), VOLUNTEER_ADDRESS, "Mirthe")
    assert "│ 1712  als je thuis niet veilig bent" in relayed.text
    assert "│ 102   Awel, voor jou" in relayed.text


# --------------------------------------------------------------------------- initials signing


def test_initials_signing_above_a_ps_with_steps_are_replaced() -> None:
    text, data = _answered(
        "xx MV 🌻\n\n"
        "ps als je het wil vertellen:\n"
        "kies een rustig moment\n"
        "begin bij wie je het meest vertrouwt\n")
    assert "xx Lumi 🌻" in text
    assert "ps als je het wil vertellen:" in text and "begin bij wie je het meest vertrouwt" in text
    assert_absent(data, ["MV", "Mirthe", "Verhaegen"])


def test_dotted_initials_between_blank_lines_above_a_ps_are_replaced() -> None:
    text, data = _answered("~ J.C. 💛\n\nPS: drie dingen die helpen\nslapen\nbewegen\n"
                           "schrijf gerust terug, ook als het klein is\n",
                           "Joris Castelein <j.castelein@post.example>")
    assert "~ Lumi 💛" in text
    assert "PS: drie dingen die helpen\nslapen\nbewegen\n" in text
    assert "schrijf gerust terug, ook als het klein is" in text
    assert_absent(data, ["J.C.", "Joris", "Castelein"])


def test_initials_of_a_hyphenated_surname_are_replaced() -> None:
    text, data = _answered("— IAS\n\nEn nog iets: neem je tijd, er is geen haast.\n",
                           "Ines Achterberg-Smet <ines@achterberg-smet.example>")
    assert "— Lumi" in text and "En nog iets: neem je tijd, er is geen haast." in text
    assert_absent(data, ["IAS", "Ines", "Achterberg-Smet"])


def test_capitals_that_are_a_word_stay_even_when_they_are_the_writers_initials() -> None:
    who = Identity(addresses=(), names=("Olivia Kent",))
    text = "Vertel het aan wie je vertrouwt.\n\nOK\n\nSchrijf ons hoe het ging.\n"
    assert replace_initials_sign_off(text, who, "Lumi") == text


def test_someone_elses_initials_alone_on_a_line_stay() -> None:
    who = Identity(addresses=(), names=("Mirthe Verhaegen",))
    text = "Mijn tip voor je spreekbeurt:\n\nVRT\n\nDaar vind je veel filmpjes.\n"
    assert replace_initials_sign_off(text, who, "Lumi") == text


def test_the_writers_initials_inside_a_sentence_or_a_paragraph_stay() -> None:
    who = Identity(addresses=(), names=("Tom Vermeulen",))
    text = ("Hoi,\n\nIk keek gisteren naar de TV en dacht aan je.\n"
            "de zenders:\nTV\nradio\n")
    assert replace_initials_sign_off(text, who, "Lumi") == text


def test_initials_in_quoted_history_are_left_to_the_history_rules() -> None:
    who = Identity(addresses=(), names=("Mirthe Verhaegen",))
    text = "Dag,\n\nnog een vraag\n\n> oud antwoord\n>\n> MV\n>\n> iets anders\n"
    assert replace_initials_sign_off(text, who, "Lumi") == text
