"""Behaviour tests for the rules that closed strict xfails of the twelfth to fourteenth adversary
probes (tests/test_relay_text_adversary12/13/14_probes.py): the child a parent writes of in
everyday words ("mijn kindje", "mon ado", "my kid", "mijn puber", "mon garçon", and beside an
age "mijn meisje", "my lad", "onze jongste"), … Each rule has a guard ("keeps"): the writer's
own words in a near shape. Names, words and mails are invented, not the probes' or the
corpus's."""

from __future__ import annotations

import pytest

from tests.test_relay_text import _forward, _mail

# --------------------------------------------------------------------------- a parent's child


@pytest.mark.parametrize("opening", [
    "Mijn kindje Wannes is 9 en plast weer in bed.",
    "Mon ado Maël ne parle plus à personne.",
    "My kid Rowan has stopped eating at school.",
    "Mijn puber Ferre komt niet meer uit zijn kamer.",
    "Mon garçon Maël se fait racketter au collège.",
])
def test_a_parents_everyday_word_for_their_child_names_them(opening: str) -> None:
    name = opening.split()[2]
    body = f"Hallo,\n\n{opening}\nWat kunnen we doen?\n\nGroeten,\nHilde\n"
    relayed, _ = _forward(_mail("Hilde Maes <hilde.maes@mail.example>", body))
    assert name not in relayed.text
    assert opening.split(" ", 3)[3] in relayed.text


@pytest.mark.parametrize("opening", [
    "Mijn meisje Wiebke is 10 en wil niet meer eten.",
    "My lad Rowan is 13 and won't go to school.",
    "Onze jongste, Ferre, is 8 en slaapt niet meer.",
    "Mon aînée, Maëlle (16), ne sort plus.",
])
def test_a_word_for_a_child_beside_an_age_names_them(opening: str) -> None:
    name = opening.replace(",", "").split()[2]
    body = f"Hallo,\n\n{opening}\nWat kunnen we doen?\n\nGroeten,\nHilde\n"
    relayed, _ = _forward(_mail("Hilde Maes <hilde.maes@mail.example>", body))
    assert name not in relayed.text
    assert "Wat kunnen we doen?" in relayed.text


def test_keeps_a_young_writers_girlfriend_with_her_age() -> None:
    body = "hoi\nik ben 15\nmijn meisje Wiebke is 15 en ze heeft het uitgemaakt\nik ben kapot\n"
    relayed, _ = _forward(_mail("Jelle Maes <jelle.maes@mail.example>", body))
    assert "mijn meisje Wiebke is 15 en ze heeft het uitgemaakt" in relayed.text


def test_keeps_a_word_for_a_child_without_an_age() -> None:
    body = "hoi\nmijn meisje Wiebke heeft het uitgemaakt en ik ben kapot\n"
    relayed, _ = _forward(_mail("Jelle Maes <jelle.maes@mail.example>", body))
    assert "mijn meisje Wiebke heeft het uitgemaakt" in relayed.text
