"""Behaviour tests for the rules that closed part of dev/round55's Dutch misses: a birth date
after the writer's name as a form abbreviates it ("geb."), the room between the writer's name
and their street in a lease, the town of a phone's saved place "Thuis", a family's house
name ("Huize …"), a waiting list's or an order's number in a reference's shape, and the
surname the writer's address spells beside their first name. Each rule has a guard: the
writer's own words in a near shape that must stay. Names, numbers and mails are invented, not
the corpus's."""

from __future__ import annotations

from tests.test_relay_text import _forward, _mail

# --------------------------------------------------------------------------- birth date, places


def test_a_birth_date_abbreviated_geb_after_the_writers_name_is_replaced() -> None:
    body = ('ik heb aangifte gedaan\nde politie gaf mij dit\n"Klager: Nora Peeters, geb. '
            '12/07/2009"\nnu hoor ik niks\n')
    relayed, data = _forward(_mail("Nora <nora.peeters.09@mail.example>", body))
    assert b"12/07/2009" not in data
    assert "geb." in relayed.text and "nu hoor ik niks" in relayed.text


def test_guard_a_sisters_birth_date_stays() -> None:
    body = "ik ben 16\nmijn zus is geb. 03/04/2012 en ik moet altijd op haar letten\n"
    relayed, _ = _forward(_mail("Nora <nora.peeters.09@mail.example>", body))
    assert "mijn zus is geb. 03/04/2012 en ik moet altijd op haar letten" in relayed.text


def test_the_room_beside_a_street_in_a_lease_is_replaced() -> None:
    body = ('ik zit op kot\nin mijn contract staat:\n"Huurder: Ines De Wit, studio 7, '
            'Tiensestraat 120"\nmag mijn kotbaas zomaar binnenkomen?\n')
    relayed, data = _forward(_mail("Ines De Wit <ines.dw@mail.example>", body))
    for gone in (b"studio 7", b"Tiensestraat"):
        assert gone not in data, gone
    assert "mag mijn kotbaas zomaar binnenkomen?" in relayed.text


def test_guard_a_room_in_the_writers_story_stays() -> None:
    body = ("ik zat in kamer 14, mijn zus in kamer 15, en we konden niet slapen\n"
            "my address is flat 2b, Tiensestraat 120\n")
    relayed, _ = _forward(_mail("Ines <ines.dw@mail.example>", body))
    assert "ik zat in kamer 14, mijn zus in kamer 15, en we konden niet slapen" in relayed.text
    assert "my address is flat 2b," in relayed.text


def test_the_town_of_a_saved_home_place_is_replaced() -> None:
    body = ('hoi\nmijn mama krijgt dit als ik thuis ben:\n"Check In: Fien is aangekomen bij Thuis '
            '(Brasschaat)"\nmaar thuis wil ik niet zijn\n')
    relayed, data = _forward(_mail("Fien <fien.v@mail.example>", body))
    assert b"Brasschaat" not in data
    assert "maar thuis wil ik niet zijn" in relayed.text and "Thuis (" in relayed.text


def test_guard_thuis_with_the_writers_own_words_in_brackets_stays() -> None:
    body = "ik ben eindelijk Thuis (eindelijk) en ik woon in Brasschaat\n"
    relayed, _ = _forward(_mail("Fien <fien.v@mail.example>", body))
    assert "ik ben eindelijk Thuis (eindelijk) en ik woon in Brasschaat" in relayed.text


# --------------------------------------------------------------------------- names and numbers


def test_a_family_house_name_on_a_doorbell_notice_is_replaced() -> None:
    body = ('hallo\nik krijg dit op mijn tablet\n"Beweging gedetecteerd – Voordeur Huize Aydin"\n'
            "papa kijkt altijd mee\n")
    relayed, data = _forward(_mail("Zeynep A <zeynep.ayd.11@mail.example>", body))
    assert b"Aydin" not in data
    assert "papa kijkt altijd mee" in relayed.text


def test_guard_a_house_name_that_is_no_surname_stays() -> None:
    body = "we logeren in het vakantiehuis, het heet Huize Zonneschijn\nik ben 12\n"
    relayed, _ = _forward(_mail("Zeynep A <zeynep.ayd.11@mail.example>", body))
    assert "het heet Huize Zonneschijn" in relayed.text


def test_a_waiting_list_number_in_a_references_shape_is_replaced() -> None:
    body = ('Hallo\n"Je staat op onze wachtlijst met nummer CG-2025-1182. Wachttijd: 6 maanden."\n'
            "en tot dan?\n")
    relayed, data = _forward(_mail("Lien <lien.m@mail.example>", body))
    assert b"1182" not in data
    assert "Je staat op onze wachtlijst met nummer" in relayed.text


def test_an_orders_code_in_a_references_shape_is_replaced() -> None:
    body = '"Bestel nu de foto\'s – klas 4A – code PF-40917"\nwat moet ik doen?\n'
    relayed, data = _forward(_mail("Lien <lien.m@mail.example>", body))
    assert b"40917" not in data
    assert "klas 4A – code" in relayed.text


def test_guard_a_count_or_a_word_after_met_nummer_or_code_stays() -> None:
    body = "ik speel met nummer 7 op mijn shirt\ncode rood op school\nAB-1234 is een code\n"
    relayed, _ = _forward(_mail("Lien <lien.m@mail.example>", body))
    for kept in ("ik speel met nummer 7 op mijn shirt", "code rood op school",
                 "AB-1234 is een code"):
        assert kept in relayed.text, kept


def test_the_surname_the_address_spells_beside_the_first_name_is_replaced() -> None:
    body = 'ik ben 15\ndit zet ik in de notitie:\n"bel bij GOOSSENS 2de verdiep"\ndus mail ik\n'
    relayed, data = _forward(_mail("Senne <senne.goossens08@mail.example>", body))
    assert b"GOOSSENS" not in data
    assert "2de verdiep" in relayed.text and "dus mail ik" in relayed.text


def test_guard_a_word_of_the_language_in_the_address_stays() -> None:
    body = "ik ben 15 en ik speel graag voetbal\n"
    relayed, _ = _forward(_mail("Senne <senne.voetbal08@mail.example>", body))
    assert "ik ben 15 en ik speel graag voetbal" in relayed.text
