"""Behaviour tests for the rule that keeps what a young person pasted and the short line they
wrote under it (dev round46): a school platform's note, a lock screen or a payment line that
names them, then "help me aub". A signature closes a text; words written under a block without
any contact detail, role or template line, not under a closing greeting, make the block the
writer's own text, its names replaced in place. Names, words and mails are invented."""

from __future__ import annotations

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail, _plain

MARKER = "[handtekening weggelaten]"


def test_a_pasted_school_note_and_the_short_line_under_it_arrive() -> None:
    text = ("kijk wat de school stuurde\n\nSchoolplatform – Nota\nLeerling: Wies Dewaele – 2C\n"
            "Nota: te laat in de les\n\nhelp me aub\n")
    _, data = _forward(_mail("Wies Dewaele <wies.dewaele@thuis.example>", text))
    plain = _plain(data)
    for words in ("kijk wat de school stuurde", "Schoolplatform – Nota",
                  f"Leerling: {PSEUDONYM} – ", "Nota: te laat in de les", "help me aub"):
        assert words in plain, words
    assert MARKER not in plain
    # House policy P4 (README Format): the class beside the pupil's labelled name is identity.
    assert_absent(data, ["Wies", "Dewaele", "2C"])


def test_a_pasted_french_form_line_with_the_surname_first_arrives() -> None:
    text = ("voilà le mot du collège\n\nVie scolaire\nÉlève : RENARD Léa – 4e3\n"
            "Motif : absence en sport\n\naidez moi svp\n")
    _, data = _forward(_mail("Léa Renard <lea.renard@maison.example>", text))
    plain = _plain(data)
    for words in ("voilà le mot du collège", "Motif : absence en sport", "aidez moi svp",
                  "4e3"):
        assert words in plain, words
    assert_absent(data, ["RENARD", "Renard"])


def test_a_pasted_lock_screen_and_an_english_last_line_arrive() -> None:
    text = ("someone posted this from my phone\n\nRiley Hart\n08:15\n2 new messages\n\n"
            "what do I do\n")
    _, data = _forward(_mail("Riley Hart <riley.hart@home.example>", text))
    plain = _plain(data)
    for words in ("someone posted this from my phone", "08:15", "2 new messages",
                  "what do I do"):
        assert words in plain, words
    assert_absent(data, ["Riley", "Hart"])


# Guards: a card stays a card.

PARENT = "Ria Goossens <ria.goossens@bakkerij-goossens.example>"


def test_a_parents_card_under_a_closing_still_goes() -> None:
    text = ("hallo ik zit op mama haar pc\nik ben 12\n\nMet vriendelijke groeten,\nRia Goossens\n"
            "Zaakvoerder\nBakkerij Goossens bv\n\nhelp me aub\n")
    _, data = _forward(_mail(PARENT, text))
    plain = _plain(data)
    assert "ik zit op mama haar pc" in plain and MARKER in plain
    assert_absent(data, ["Ria", "Goossens", "Zaakvoerder", "Bakkerij"])


def test_a_card_with_a_phone_and_no_closing_still_goes() -> None:
    text = ("hallo ik zit op mama haar pc\nik ben 12\n\nRia Goossens\n"
            "Marktplein 4, 2200 Herentals\nT +32 14 55 66 77\n\nhelp me aub\n")
    _, data = _forward(_mail(PARENT, text))
    plain = _plain(data)
    assert "ik zit op mama haar pc" in plain and MARKER in plain
    assert_absent(data, ["Ria", "Goossens", "Marktplein", "Herentals", "+32 14 55 66 77"])


def test_a_card_with_an_organisations_legal_form_still_goes() -> None:
    text = ("hallo ik zit op mama haar pc\nik ben 12\n\nRia Goossens\nBakkerij Goossens bv\n\n"
            "help me aub\n")
    _, data = _forward(_mail(PARENT, text))
    assert_absent(data, ["Ria", "Goossens", "Bakkerij"])


def test_a_card_under_which_a_line_with_capitals_stands_still_goes() -> None:
    # The line under it is no kid's own line ("Stad Gent" reads as an organisation's).
    text = ("dag\nik heb een vraag over mijn broer\n\nRia Goossens\nWijkwerking\n\nStad Gent\n")
    _, data = _forward(_mail(PARENT, text))
    assert_absent(data, ["Ria", "Goossens"])
