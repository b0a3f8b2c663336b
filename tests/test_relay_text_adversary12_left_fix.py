"""Behaviour tests for the leaks the twelfth adversary found (tests/test_relay_text_adversary12_
probes.py): a birth date in the writer's first-person sentence or under a lower-case or "is"
label, a waiting-list number and an abbreviated file key, the street where the writer lives
without an article, after a few words, in two words, in French and as "Elm St", a postcode in
a saved place's bracket, a student room ("kot") beside the replaced street, a nameplate with a
surname's particles. Near variants and the writer's look-alike words that must stay whole.
Names, words and mails are invented."""

from __future__ import annotations

import pytest

from tests.conftest import assert_absent
from tests.test_relay_text import _forward, _mail


def _relay(sender: str, body: str) -> tuple[str, bytes]:
    relayed, data = _forward(_mail(sender, body))
    return relayed.text, data


NL = "Lotte Claes <lotte.claes@thuis.example>"
FR = "Lina Dubois <lina.dubois@maison.example>"
EN = "Tyler Brooks <tyler.brooks@home.example>"


# ------------------------------------------------------------- birth dates

@pytest.mark.parametrize(("sender", "body", "keep", "gone"), [
    (NL, "dob: 03/05/2010\nik wil gewoon praten\n", "ik wil gewoon praten", "03/05/2010"),
    (NL, "mijn geboortedatum is 3 mei 2010, dat vroegen ze\nik wil praten\n", "dat vroegen ze",
     "3 mei 2010"),
    (NL, "ik ben geboren op 03.05.2010 en nu ben ik 16\n", "en nu ben ik 16", "03.05.2010"),
    (EN, "my date of birth was 03/05/2010 on the form\nhelp me\n", "on the form", "03/05/2010"),
    (EN, "I was born on 3 May 2010 and I hate birthdays\n", "and I hate birthdays",
     "3 May 2010"),
    (EN, "im born on 3 may 2010 lol\nno one cares\n", "no one cares", "3 may 2010"),
    (FR, "je suis né le 3 mai 2010 à Namur et j'ai peur\n", "et j'ai peur", "3 mai 2010"),
    (FR, "ma date de naissance est 03/05/2010\nje veux parler\n", "je veux parler",
     "03/05/2010"),
])
def test_a_birth_date_the_writer_gives_as_theirs_does_not_cross(
        sender: str, body: str, keep: str, gone: str) -> None:
    text, data = _relay(sender, body)
    assert keep in text
    assert_absent(data, [gone])


@pytest.mark.parametrize(("sender", "body"), [
    (NL, "ik ben geboren in 2010 en ik voel me oud\n"),
    (NL, "mijn broer is geboren op een zondag, zegt mama\n"),
    (EN, "I was born on a Tuesday and mum says it shows\n"),
    (FR, "je suis née le jour de Noël, c'est nul\n"),
    (EN, "my dob is something i dont want to say\n"),
    (NL, "ik ben geboren op 14 februari, valentijn, haha\n"),
])
def test_a_birth_without_a_full_date_stays_whole(sender: str, body: str) -> None:
    text, _ = _relay(sender, body)
    assert body.strip() in text


# ------------------------------------------------------------- waiting-list and file numbers

@pytest.mark.parametrize(("body", "keep", "gone"), [
    ("mijn wachtlijstnummer is WL-2026-0847 en ik wacht al 5 maanden\n",
     "ik wacht al 5 maanden", "WL-2026-0847"),
    ("wachtlijst nr: CGG-2025-00912, al een half jaar\n", "al een half jaar", "CGG-2025-00912"),
    ("dossiernr. bij het JAC: JAC-OVL-2025-00417\nze bellen nooit terug\n",
     "ze bellen nooit terug", "JAC-OVL-2025-00417"),
    ("dossier nr CAW-2024-77120 en niemand belt\n", "en niemand belt", "CAW-2024-77120"),
])
def test_a_waiting_list_or_abbreviated_file_key_does_not_cross(
        body: str, keep: str, gone: str) -> None:
    text, data = _relay(NL, body)
    assert keep in text
    assert_absent(data, [gone])


def test_a_place_on_a_waiting_list_stays() -> None:
    body = "ik sta op de wachtlijst nr 12 en mijn dossier is dik\n"
    text, _ = _relay(NL, body)
    assert "ik sta op de wachtlijst nr 12 en mijn dossier is dik" in text


# ------------------------------------------------------------- the street where the writer lives

@pytest.mark.parametrize(("sender", "body", "keep", "gone"), [
    (NL, "ik woon in Kerkstraat, vlak bij het station\n", "vlak bij het station", "Kerkstraat"),
    (NL, "we wonen nu al 2 jaar op de Kapelweg en ik haat het\n", "en ik haat het", "Kapelweg"),
    (NL, "ik woon op de Kleine Markt boven de frituur\n", "boven de frituur", "Kleine Markt"),
    (FR, "j'habite avenue de la Gare, près de l'école\n", "près de l'école", "avenue de la Gare"),
    (FR, "nous habitons place Saint-Lambert depuis l'été\n", "depuis l'été", "Saint-Lambert"),
    (EN, "I live on Oak Rd with my nan\n", "with my nan", "Oak Rd"),
])
def test_the_street_the_writer_lives_in_does_not_cross(
        sender: str, body: str, keep: str, gone: str) -> None:
    text, data = _relay(sender, body)
    assert keep in text
    assert_absent(data, [gone])


@pytest.mark.parametrize(("sender", "body"), [
    (NL, "ik woon in Brugge en hier is niets te doen\n"),
    (NL, "ik woon al 3 jaar in België en ik spreek nog geen Nederlands\n"),
    (NL, "mijn tante woont in de Molenstraat, daar ga ik graag naartoe\n"),
    (NL, "ik woon in Hoogstraten, dat is een dorp\n"),
    (NL, "we wonen in Kinderdijk, dat is in Nederland\n"),
    (FR, "j'habite à Liège avec ma mère\n"),
    (FR, "ma copine habite rue des Lilas, elle a de la chance\n"),
    (EN, "we live in Antwerp now and I miss my friends\n"),
])
def test_where_someone_else_lives_or_a_town_stays_whole(sender: str, body: str) -> None:
    text, _ = _relay(sender, body)
    assert body.strip() in text


# ------------------------------------------------------------- a saved place, a room, a nameplate

def test_a_postcode_in_a_saved_places_bracket_does_not_cross() -> None:
    body = "Check In: Lotte is aangekomen bij Thuis (9000 Gent)\nik wil daar niet zijn\n"
    text, data = _relay(NL, body)
    assert "ik wil daar niet zijn" in text and "Thuis (" in text
    assert_absent(data, ["9000 Gent"])


def test_words_in_a_bracket_after_home_stay() -> None:
    body = "eindelijk Thuis (2 dagen rust) na dat weekend bij papa\n"
    text, _ = _relay(NL, body)
    assert body.strip() in text


def test_a_student_room_beside_the_writers_street_does_not_cross() -> None:
    body = ("Huurder: Femke Peeters, kot 7, Sint-Pietersnieuwstraat 12\n"
            "de huisbaas komt zomaar binnen\n")
    text, data = _relay("Femke Peeters <femke.peeters@thuis.example>", body)
    assert "de huisbaas komt zomaar binnen" in text
    assert_absent(data, ["kot 7", "Sint-Pietersnieuwstraat", "Peeters"])


def test_a_kot_in_the_writers_sentence_stays() -> None:
    body = "mijn kot 7 is koud en de huisbaas doet niets\n"
    text, _ = _relay("Femke Peeters <femke.peeters@thuis.example>", body)
    assert body.strip() in text


def test_a_nameplate_with_a_surnames_particles_does_not_cross() -> None:
    body = "op onze deurbel staat Huize Van den Broeck en iedereen lacht daarmee\n"
    text, data = _relay("Lotte <lotte2011@thuis.example>", body)
    assert "iedereen lacht daarmee" in text
    assert_absent(data, ["Broeck"])


def test_a_house_name_that_is_no_surname_stays() -> None:
    body = "ik kijk elke avond Huize Kakelbont en op kamp sliepen we in Huize De Linde\n"
    text, _ = _relay("Lotte <lotte2011@thuis.example>", body)
    assert "Huize Kakelbont" in text and "Huize De Linde" in text


# ------------------------------------------------------------- a messenger key wrapped over lines

def test_a_messenger_key_wrapped_over_lines_does_not_cross() -> None:
    body = ("mijn Session ID:\n0577c4e1d2b3a4958677a8b9c0d1e2f3\n"
            "04a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1\ndat is veiliger dan whatsapp\n")
    text, data = _relay(NL, body)
    assert "dat is veiliger dan whatsapp" in text
    assert_absent(data, ["0577c4e1d2b3a4958677a8b9c0d1e2f3", "04a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9"])


def test_short_codes_and_numbers_on_lines_stay() -> None:
    body = ("de code van de kluis is 4af9 en mijn score was\n12345678901234567\n98765432\n"
            "ik heb een deadbeef01 gezien\n")
    text, _ = _relay(NL, body)
    assert "12345678901234567\n98765432" in text and "deadbeef01" in text


# ------------------------------------------------------------- the young person a parent names

@pytest.mark.parametrize(("sender", "body", "keep", "gone"), [
    ("Nadia Amrani <nadia.amrani@maison.example>",
     "Je suis la maman de la petite Yasmine, 8 ans. Elle ne mange plus.\n",
     "Elle ne mange plus", "Yasmine"),
    ("Karen Hill <karen.hill@home.example>",
     "I'm the mum of little Poppy and she cries every night.\n",
     "she cries every night", "Poppy"),
    ("Kristel Vos <kristel.vos@thuis.example>",
     "Ik ben de mama van drie en de jongste, Noor, eet niet meer.\n",
     "eet niet meer", "Noor"),
    ("Kristel Vos <kristel.vos@thuis.example>",
     "Ik ben de papa van Wout en Seppe (14). Seppe wordt gepest.\n",
     "wordt gepest", "Seppe"),
])
def test_the_young_person_a_parent_introduces_does_not_cross(
        sender: str, body: str, keep: str, gone: str) -> None:
    text, data = _relay(sender, body)
    assert keep in text
    assert_absent(data, [gone])


def test_a_second_name_that_goes_on_with_the_sentence_stays() -> None:
    body = "Ik ben de zus van Emma en Noor is haar beste vriendin, ze pesten mij samen.\n"
    text, _ = _relay("Lotte Claes <lotte.claes@thuis.example>", body)
    assert "Noor is haar beste vriendin, ze pesten mij samen" in text
