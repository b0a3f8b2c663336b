"""Behaviour tests for label policy P2 (tests/fixtures/relay_text/README.md, Format): a town,
postcode, station, school or venue on something the writer pasted that carries their own or
their family's name (a ticket, pass, certificate, school letter, death notice, birth card,
roster) locates them, and is replaced in place; the card's other lines and the writer's own
words stay. Guards: a town or school in the writer's own sentence stays content, also right
beside a pasted card, and a card without the writer's name keeps its places. Names and mails
are invented, not the corpus's."""

from __future__ import annotations

import pytest

from tests.test_relay_text import _forward, _mail

SENDER = "Wannes Goethals <wannes.goethals@mail.example>"


def _forwarded(body: str) -> str:
    relayed, _ = _forward(_mail(SENDER, body))
    return relayed.text


@pytest.mark.parametrize(("card", "gone", "kept"), [
    # A train ticket: its stations, with the name as passenger.
    ("Enkel reis\nPassagier: Wannes Goethals\nAalst → Gent-Sint-Pieters\nGeldig 12/04",
     ("Aalst", "Gent-Sint-Pieters"), ("Enkel reis", "Geldig 12/04")),
    ("Abonnement scolaire\nTitulaire : Wannes Goethals\nTrajet : Gembloux - Wavre",
     ("Gembloux", "Wavre"), ("Abonnement scolaire", "Trajet :")),
    # A certificate: the school and town under "uitgereikt aan".
    ("ZWEMBREVET 50 m\nuitgereikt aan Wannes Goethals\nBasisschool Het Klavertje\n"
     "Sportcentrum Lokeren", ("Het Klavertje", "Lokeren"), ("ZWEMBREVET 50 m", "Sportcentrum")),
    ("Attestation de réussite\ndécernée à Wannes Goethals\nArlon, le 3 juin 2026",
     ("Arlon",), ("Attestation de réussite", "le 3 juin 2026")),
    # A school letter: the pupil's field, then the school and town.
    ("Uitnodiging oudercontact\nLeerling: Wannes Goethals\nSint-Vincentiusinstituut, Zottegem",
     ("Sint-Vincentiusinstituut", "Zottegem"), ("Uitnodiging oudercontact",)),
    ("Report card\nPupil: Wannes Goethals\nMeadowbank Academy, Norwich",
     ("Meadowbank Academy", "Norwich"), ("Report card",)),
    # A death notice with the writer among the grandchildren, a family's mourning address.
    ("Haar kleinkinderen Wannes, Fien en Lou\nRouwadres: Familie Goethals, 9300 Aalst",
     ("9300 Aalst",), ("Rouwadres: Familie",)),
    # A family roster's title line.
    ("Weekplanning fam. Goethals Zottegem\nma Wannes\ndi Fien", ("Zottegem",),
     ("Weekplanning fam.",)),
])
def test_a_place_on_a_pasted_card_with_the_writers_name_is_replaced_in_place(
        card: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    text = _forwarded(f"hallo\nik heb dit overgetypt:\n{card}\nik weet niet wat ik moet doen\n"
                      f"ik ben 14\n")
    for word in gone:
        assert word not in text, text
    for word in kept:
        assert word in text, text
    assert "ik weet niet wat ik moet doen" in text


@pytest.mark.parametrize("sentence", [
    "ik zit op school in Zottegem en ik ga elke dag met de trein naar Aalst",
    "we gingen naar Namur met de klas",
    "I go to Meadowbank Academy in Norwich and I hate it",
])
def test_guard_a_town_or_school_in_the_writers_own_sentence_stays(sentence: str) -> None:
    text = _forwarded(f"hallo\n{sentence}\nik ben 14\nWannes\n")
    assert sentence in text


def test_guard_the_writers_own_line_beside_a_pasted_card_keeps_its_town() -> None:
    text = _forwarded("hoi\nLeerling: Wannes Goethals\nBetreft: afwezigheden\n"
                      "ik woon in Lokeren en ik mis elke dag de bus\nik ben 13\n")
    assert "ik woon in Lokeren en ik mis elke dag de bus" in text


def test_guard_a_card_without_the_writers_name_keeps_its_places() -> None:
    text = _forwarded("hallo\nmijn vriendin kreeg dit:\nPassagier: Fien Claes\nAalst → Gent\n"
                      "ik ben jaloers\n")
    assert "Aalst → Gent" in text


def test_guard_a_ticket_heading_in_capitals_is_not_taken_for_a_school() -> None:
    text = _forwarded("hi\nAFTER-SCHOOL CLUB\nName: Wannes Goethals\nRoom 4\ni hate it\n")
    assert "AFTER-SCHOOL CLUB" in text
