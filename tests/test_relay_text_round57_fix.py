"""Behaviour tests for the rules closing the volunteers' misses of dev/round57 (and three of
round54): a volunteer's relatives named in more shapes than "mijn dochter Lore" (policy P3 of
the corpus README's Format: they identify the volunteer) -- "onze zoon", "notre fils aîné",
"ma grande sœur", "mon neveu", "mijn tweelingbroer", "mijn moeder zaliger, Maria,", the
West-Flemish "mien man", the Flemish "de Fien van ons", "Trotse oma van …", "(mama van …)",
"als plusvader van …", and a greeting from the house after the sign-off ("ook van Jorrit",
"Wim doet de groeten"); how the volunteer's own name is said, in brackets after it; an office
in a club or a committee on a line of the signature ("Penningmeester – Jeugdhuis De Kelder").
Each rule has a guard: the help-seeker's relatives, someone else's mother, a sentence opening
with the office word, and a two-sentence line under the card stay. Names and mails are
invented, not the corpus's."""

from __future__ import annotations

import pytest

from tests.test_relay_text import PSEUDONYM, _answer, _mail

VOLUNTEER = "Griet Vandamme <griet.vd@vrijwilligers.example>"


def _answered_raw(body: str) -> tuple[str, bytes]:
    relayed, data = _answer(_mail(VOLUNTEER, body), "griet.vd@vrijwilligers.example", "Griet")
    return relayed.text, data


def _answered(body: str) -> tuple[str, bytes]:
    return _answered_raw(f"Dag {PSEUDONYM},\n\n{body}\n\nGroetjes,\nGriet\n")


# --------------------------------------------------------------------------- relatives


@pytest.mark.parametrize(("sentence", "name", "kept"), [
    ("Onze zoon Basile had dat ook in het derde jaar.", "Basile", "had dat ook in het derde"),
    ("Notre fils aîné Lucien a vécu la même chose.", "Lucien", "a vécu la même chose."),
    ("Ma grande sœur Nolwenn l'a dit à nos parents à 17 ans.", "Nolwenn",
     "l'a dit à nos parents à 17 ans."),
    ("Mon neveu Noël (16 ans) a fait son coming out l'an passé.", "Noël",
     "a fait son coming out l'an passé."),
    ("Mijn tweelingzus Sien is bi en merkte het beetje bij beetje.", "Sien",
     "is bi en merkte het beetje bij beetje."),
    ("Mijn vader zaliger, Lucien, zei altijd: zwijgen is geen nee.", "Lucien",
     "zei altijd: zwijgen is geen nee."),
    ("mien man Bert is buschauffeur en zegt: vertel het aan de chauffeur", "Bert",
     "is buschauffeur en zegt: vertel het aan de chauffeur"),
    ("My late mother Edith used to say that silence is not a no.", "Edith",
     "used to say that silence is not a no."),
])
def test_a_volunteers_relative_in_more_shapes_is_replaced_in_place(sentence: str, name: str,
                                                                  kept: str) -> None:
    text, data = _answered(sentence)
    assert name not in text
    assert name.encode() not in data
    assert kept in text


def test_guard_the_help_seekers_twin_a_cousin_and_a_relative_without_a_name_stay() -> None:
    # "mijn nicht" is in Flemish also a cousin, whom the house policy (P3) does not count.
    text, _ = _answered("Misschien kan je tweelingzus Sien helpen? Onze zoon was ook 15 toen. "
                        "Ta grande sœur Nolwenn a peut-être raison. Ik vertelde het eerst aan "
                        "mijn nicht Amira.")
    for kept in ("je tweelingzus Sien helpen?", "Onze zoon was ook 15 toen.",
                 "Ta grande sœur Nolwenn a peut-être raison.", "mijn nicht Amira."):
        assert kept in text


# --------------------------------------------------------------------------- the household


def test_de_name_van_ons_is_the_volunteers_child() -> None:
    text, data = _answered("ik ben zelf mama van drie en de Mirte van ons heeft dat ook gehad\n"
                           "Mirte zei toen amper iets aan tafel")
    assert "Mirte" not in text and b"Mirte" not in data
    assert "heeft dat ook gehad" in text and "zei toen amper iets aan tafel" in text


@pytest.mark.parametrize(("line", "names"), [
    ("Fiere opa van Lore, Jules, Amira en Nand 💕", ("Lore", "Jules", "Amira", "Nand")),
    ("Griet (papa van Basile en Lucien)", ("Basile", "Lucien")),
])
def test_the_volunteer_as_parent_of_named_children_under_their_name(line: str,
                                                                    names: tuple[str, ...]
                                                                    ) -> None:
    text, data = _answered_raw(f"Dag {PSEUDONYM},\n\nDat is niet raar, echt niet.\n\n"
                               f"Groetjes,\nGriet\n\n{line}\n")
    for name in names:
        assert name not in text
        assert name.encode() not in data
    assert "Dat is niet raar, echt niet." in text


def test_als_plusvader_van_a_name_in_the_running_text() -> None:
    text, data = _answered("Ik zeg dat als stiefmoeder van Ines. Ines is nu 19 en non-binair.")
    assert "Ines" not in text and b"Ines" not in data
    assert "is nu 19 en non-binair." in text


def test_guard_someone_elses_mother_stays() -> None:
    text, _ = _answered("Misschien kan de mama van Lotte je helpen, of je eigen mama.")
    assert "de mama van Lotte je helpen" in text


@pytest.mark.parametrize("greeting", ["ook van Bert 👋", "Bert doet de groeten, hij weet "
                                      "niet waarover het gaat."])
def test_a_greeting_from_the_house_after_the_sign_off(greeting: str) -> None:
    text, data = _answered_raw(f"Dag {PSEUDONYM},\n\nMijn vriend Bert was eerst mijn beste "
                               f"maat.\n\nGroetjes\nGriet\n{greeting}\n")
    assert "Bert" not in text and b"Bert" not in data
    assert "was eerst mijn beste maat." in text


def test_guard_ook_van_a_name_in_a_running_sentence_stays() -> None:
    text, _ = _answered("Ook van Lotte hoorde ik dat de leerlingenbegeleiding goed luistert.")
    assert "Ook van Lotte hoorde ik dat de leerlingenbegeleiding goed luistert." in text


# --------------------------------------------------------------------------- said as


def test_how_the_volunteers_name_is_said_is_replaced_with_it() -> None:
    body = (f"Hi {PSEUDONYM},\n\nI'm Griet (it's said \"Greet\", I know, Flemish spelling).\n\n"
            "You don't have to know yet.\n\nWarmly,\nGriet\n")
    text, data = _answered_raw(body)
    assert "Greet" not in text and b"Greet" not in data
    assert "You don't have to know yet." in text


def test_guard_how_someone_elses_name_is_said_stays() -> None:
    text, _ = _answered("Ken je Saoirse (it's said \"Seersha\")? Zij schreef er een boek over.")
    assert "Saoirse (it's said \"Seersha\")?" in text


# --------------------------------------------------------------------------- office lines


@pytest.mark.parametrize("office", [
    "Penningmeester – Jeugdhuis De Kelder",
    "Treasurer, Rainbow Society, Ghent University",
    "Voorzitter oudercomité Basisschool De Linde, Wilrijk",
])
def test_an_office_in_a_club_under_the_name_goes(office: str) -> None:
    text, data = _answered_raw(f"Dag {PSEUDONYM},\n\nJe mag gewoon gaan kijken, je hoeft niet "
                               f"mee te stappen.\n\nGroetjes\nGriet\n{office}\n")
    organisation = office.split("–")[-1].split(",")[-1].strip()
    assert organisation not in text
    assert organisation.encode() not in data
    assert "je hoeft niet mee te stappen." in text


def test_guard_a_sentence_opening_with_the_office_word_stays() -> None:
    text, _ = _answered("Leiding geven, Chiro of niet, dat leer je door het te doen.")
    assert "Leiding geven, Chiro of niet, dat leer je door het te doen." in text


def test_guard_two_sentences_under_an_office_line_stay() -> None:
    text, _ = _answered_raw(f"Hey {PSEUDONYM}!\n\ngo with a friend and bring water\n\nGriet\n"
                            "Treasurer, Rainbow Society, Ghent University\n"
                            "also: drink water. i mean it\n")
    assert "also: drink water. i mean it" in text
