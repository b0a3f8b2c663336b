"""The relay's text steps, without a server: cutting our note out of quoted history."""

from __future__ import annotations

from mailhandler.core.relay import cut_forward_note

OPENINGS = frozenset({"Nieuw gesprek K7Q2MX.", "Vervolg in gesprek K7Q2MX."})


def test_the_note_is_cut_from_gmail_style_quotes_even_when_rewrapped() -> None:
    text = ("Hoi, dat is normaal.\n\nOp 30 nov. schreef Lumi:\n> Hallo, ik heb een vraag.\n>\n"
            "> -- \n> Nieuw gesprek K7Q2MX.\n> Antwoord gewoon op deze mail. Je antwoord\n"
            "> gaat vanaf hulp@lumi.example naar de\n> hulpvrager.\n")
    cut = cut_forward_note(text, OPENINGS)
    assert "Hallo, ik heb een vraag." in cut and "Hoi, dat is normaal." in cut
    assert "Nieuw gesprek" not in cut and "Antwoord gewoon" not in cut and "> -- " not in cut


def test_the_note_is_cut_from_outlook_style_unquoted_history() -> None:
    text = ("Hoi!\n\nVan: Lumi <hulp@lumi.example>\nOnderwerp: vraag\n\nIk heb een vraag.\n\n"
            "-- \nVervolg in gesprek K7Q2MX.\nAntwoord gewoon op deze mail.\n")
    cut = cut_forward_note(text, OPENINGS)
    assert "Ik heb een vraag." in cut and "Vervolg" not in cut and "Antwoord gewoon" not in cut


def test_text_after_a_nested_note_at_a_shallower_quote_level_stays() -> None:
    text = ("Nieuw antwoord.\n> Ouder antwoord.\n>> vraag\n>> -- \n>> Nieuw gesprek K7Q2MX.\n"
            ">> Antwoord gewoon.\n> Nog een regel van het oudere antwoord.\n")
    cut = cut_forward_note(text, OPENINGS)
    assert "> Nog een regel van het oudere antwoord." in cut
    assert ">> vraag" in cut and "Antwoord gewoon" not in cut


def test_a_volunteer_writing_the_pseudonym_in_their_own_words_keeps_their_text() -> None:
    text = "In gesprek K7Q2MX zeg ik dit.\n"
    assert cut_forward_note(text, OPENINGS) == text
