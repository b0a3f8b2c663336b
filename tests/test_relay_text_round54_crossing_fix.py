"""Behaviour tests for a card's line of pieces under the writer's name (dev round54): a
dictation tool's line naming its user right above a P.S. ("Ingesproken met Dragon … –
gebruiker … – Vakgroep …"), and a card of a name and a line of three pieces above the
writer's last words to the reader. The card goes, the words stay; the writer's own words in
pieces stay whole. Names, words and mails are invented."""

from __future__ import annotations

from tests.conftest import assert_absent
from tests.test_relay_text import _answer, _mail, _plain

HISTORY = ("\nOp ma 1 jun 2026 om 10:55 schreef Lumi <hulp@lumi.example>:\n"
           "> hoi ik weet het niet meer\n")


def _relayed(sender: str, text: str) -> tuple[str, bytes]:
    address = sender.split("<")[1].rstrip(">")
    _, data = _answer(_mail(sender, text + HISTORY), address, "Nick")
    return _plain(data), data


def test_a_dictation_line_naming_its_user_above_a_ps_goes_and_the_ps_stays() -> None:
    plain, data = _relayed(
        "Sanne Claes <sanne.claes@hogent.example>",
        "Dag,\n\nBedankt voor je bericht. Ik heb het rustig gelezen.\n\nGroetjes,\nSanne\n\n"
        "Ingesproken met Dragon Professional 16 – gebruiker SCLAES – Vakgroep Sociaal Werk\n"
        "PS: het is normaal dat het eerste semester zwaar voelt\n")
    assert "PS: het is normaal dat het eerste semester zwaar voelt" in plain
    assert_absent(data, ["Sanne", "Claes", "SCLAES", "Vakgroep Sociaal Werk"])


def test_a_french_tool_line_above_a_ps_goes() -> None:
    plain, data = _relayed(
        "Marc Dubois <marc.dubois@ulb.example>",
        "Bonjour,\n\nTu as bien fait d'en parler.\n\nBien à toi,\nMarc\n\n"
        "Dicté avec Dragon – utilisateur MDUBOIS – Service Social Étudiants\n"
        "P.S. tu peux m'écrire quand tu veux\n")
    assert "P.S. tu peux m'écrire quand tu veux" in plain
    assert_absent(data, ["Marc", "Dubois", "MDUBOIS", "Service Social Étudiants"])


def test_a_shift_line_under_the_name_goes_and_the_words_below_stay() -> None:
    plain, data = _relayed(
        "Dries Van Damme <dries.vandamme@bw.example>",
        "Dag\n\nIk schrijf je tijdens een rustige nachtdienst.\nDat is niet jouw schuld.\n\n"
        "Dries\nBrandweerzone Oost – post Zele – ploeg C (nacht)\n"
        "Morgen ben ik weer thuis en lees ik je antwoord met een koffie.\n")
    assert "Morgen ben ik weer thuis en lees ik je antwoord met een koffie." in plain
    assert_absent(data, ["Dries", "Damme", "Brandweerzone Oost", "post Zele"])


# Guards: the writer's own words in pieces stay whole.

def test_own_words_in_dashed_pieces_above_a_ps_stay() -> None:
    plain, _ = _relayed(
        "Sanne Claes <sanne.claes@hogent.example>",
        "Dag,\n\nBedankt voor je bericht.\n\nGroetjes,\nSanne\n\n"
        "bel 1813 – dag en nacht – gratis\nPS: je bent niet alleen\n")
    assert "bel 1813 – dag en nacht – gratis" in plain
    assert "PS: je bent niet alleen" in plain


def test_a_sentence_in_comma_pieces_under_the_name_stays() -> None:
    plain, _ = _relayed(
        "Dries Van Damme <dries.vandamme@bw.example>",
        "Dag\n\nDat is niet jouw schuld.\n\nDries\nMoed, geduld, tijd.\n"
        "Ik lees je antwoord morgen.\n")
    assert "Moed, geduld, tijd." in plain
    assert "Ik lees je antwoord morgen." in plain
