"""Behaviour tests for the rules that closed part of dev/heldout-v12/seeker-nl's misses (its
first half): a patient identifier on a Flemish hospital wristband ("PID 40028113"), the tag a
young writer goes by ("mien tag is KRSH"), a West-Flemish aunt introducing herself ("'k Zen de
tante van X"), a teacher writing at a pupil's asking ("op vraag van een leerling, X (17)"), the
name asked for from now on ("noem mij voortaan X") and the first name a bare address is built
of ("xx.kobe.xx@…"). Each rule has a guard: a near shape that must stay content. Names,
numbers and mails are invented, not the corpus's."""

from __future__ import annotations

import pytest

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail


def _relayed(sender: str, body: str) -> tuple[str, bytes]:
    relayed, data = _forward(_mail(sender, body))
    return relayed.text, data


# ----------------------------------------------------------------- a wristband's PID


def test_a_wristbands_patient_identifier_is_replaced_and_the_ward_kept() -> None:
    body = ("hoi\nik lig sinds maandag in het ziekenhuis, ik ben 15.\ner staat op mijn bandje:\n"
            "PID 55120934 - K3 jeugd\n\nik mag nog niet naar huis\n")
    text, data = _relayed("Wout Daems <wout.daems@mail.example>", body)
    assert_absent(data, ["55120934"])
    assert "K3 jeugd" in text
    assert "ik mag nog niet naar huis" in text


def test_guard_a_short_number_after_pid_stays() -> None:
    text, _ = _relayed("Wout Daems <wout.daems@mail.example>",
                       "hoi\nik ben 15 en in de les informatica moesten we PID 42 zoeken\n")
    assert "PID 42" in text


# ----------------------------------------------------------------- my tag is X


@pytest.mark.parametrize("body", [
    "hallo\nich bin 15 en ich spray graffiti\nmien tag is ZORK en iedereen kent die\n",
    "hoi\nik ben 14\nmijn tag is Vlamvos en nu staat die op de school\n",
])
def test_the_tag_a_writer_goes_by_is_replaced(body: str) -> None:
    name = "ZORK" if "ZORK" in body else "Vlamvos"
    text, data = _relayed("mats.op@mail.example", body)
    assert_absent(data, [name])
    assert "iedereen kent die" in text or "nu staat die op de school" in text


def test_guard_an_ordinary_word_after_my_tag_is_stays() -> None:
    text, _ = _relayed("mats.op@mail.example",
                       "hoi\nik ben 14\nmijn tag is lelijk zeggen ze op de skatepark\n")
    assert "mijn tag is lelijk zeggen ze op de skatepark" in text


# ----------------------------------------------------------------- 'k zen de tante van X


def test_a_west_flemish_aunt_names_the_child_she_writes_for() -> None:
    body = ("Goeiedag,\n\n'k Zen de tante van Wannes, hij is 13 jaar. 'k Schrijve voor hem.\n"
            "Wannes slaapt hier sinds zondag.\nWa moeten wij doen?\n")
    text, data = _relayed("Godelieve Vandamme <g.vandamme@mail.example>", body)
    assert_absent(data, ["Wannes"])
    assert "Wa moeten wij doen?" in text
    assert PSEUDONYM in text


def test_guard_an_aunt_in_a_young_writers_story_stays() -> None:
    text, _ = _relayed("Godelieve Vandamme <g.vandamme@mail.example>",
                       "hoi ik ben 12\nde tante van Wannes woont naast ons en ze roept altijd\n")
    assert "de tante van Wannes woont naast ons" in text


# ----------------------------------------------------------------- at a pupil's asking


def test_a_teacher_writing_at_a_pupils_asking_names_the_pupil() -> None:
    body = ("Beste,\n\nIk ben leerkracht en ik schrijf op vraag van een leerling, Rune (16). "
            "Hij durft het zelf niet.\nRune slaapt slecht sinds de zomer.\n\nMet vriendelijke "
            "groeten\n")
    text, data = _relayed("Els Wuyts <els.wuyts@school.example>", body)
    assert_absent(data, ["Rune"])
    assert "Hij durft het zelf niet." in text
    assert "slaapt slecht sinds de zomer." in text


def test_guard_at_a_pupils_asking_without_a_name_stays() -> None:
    text, _ = _relayed("Els Wuyts <els.wuyts@school.example>",
                       "Beste,\n\nik schrijf op vraag van een leerling, Hij durft het zelf "
                       "niet.\n")
    assert "Hij durft het zelf niet." in text


# ----------------------------------------------------------------- call me from now on


def test_the_name_asked_for_from_now_on_is_replaced() -> None:
    body = ("hoi ik ben 15\nop mijn account staat nog mijn oude naam\nik zei tegen mijn "
            "vriendin noem mij voortaan Lotte en ze deed het\nLotte voelt juist\n")
    text, data = _relayed("Jonas Wijns <jonas.wijns@mail.example>", body)
    assert_absent(data, ["Lotte", "Jonas", "Wijns"])
    assert "en ze deed het" in text
    assert "voelt juist" in text


def test_guard_from_now_on_before_a_word_stays() -> None:
    text, _ = _relayed("Jonas Wijns <jonas.wijns@mail.example>",
                       "hoi ik ben 15\nze noemen mij voortaan dikke en ik haat het\n")
    assert "ze noemen mij voortaan dikke en ik haat het" in text


# ----------------------------------------------------------------- a bare address's name


def test_the_first_name_a_bare_address_is_built_of_is_replaced() -> None:
    body = ("yo\nmijn sleutelhanger heet Sleutels van Wietse en nu roepen ze dat op de bus\n"
            "ik ben 13\n")
    text, data = _relayed("xx.wietse.xx@mail.example", body)
    assert_absent(data, ["Wietse"])
    assert "nu roepen ze dat op de bus" in text


def test_guard_a_word_in_a_bare_address_stays() -> None:
    text, _ = _relayed("zonnebloem.2012@mail.example",
                       "hoi ik ben 12\nik heb een zonnebloem getekend voor mijn oma\n")
    assert "ik heb een zonnebloem getekend voor mijn oma" in text


# ----------------------------------------------------------------- born as X, now Y


def test_a_parents_child_named_at_birth_and_now_both_replaced() -> None:
    body = ("Goedenavond,\n\nMijn kind, geboren als Lukas maar nu al een jaar Luca (die/hen), "
            "is 15.\nLuca praat niet meer met ons.\n\nMet vriendelijke groet,\nPeter\n")
    text, data = _relayed("Peter Smet <peter.smet@werk.example>", body)
    assert_absent(data, ["Lukas", "Luca"])
    assert "(die/hen), is 15." in text
    assert "praat niet meer met ons." in text


def test_guard_a_young_writers_friend_born_as_stays() -> None:
    text, _ = _relayed("Jana Mertens <jana.mertens@mail.example>",
                       "hoi ik ben 14\nmijn vriend, geboren als Lukas maar nu Luca, wordt "
                       "gepest\n")
    assert "geboren als Lukas maar nu Luca, wordt gepest" in text


# ----------------------------------------------------------------- my own letter, signed


def test_the_name_closing_a_letter_the_writer_wrote_is_replaced() -> None:
    body = ("hoi ik ben 9\nik heb mijn brief aan de sint al geschreven, hier is hem:\n\n"
            "Lieve Sint,\nIk wil een fiets en een boek.\nVeel liefs van Jitske\n\n"
            "mag ik vragen dat mama niet meer moet huilen?\n")
    text, data = _relayed("Ann Peeters <ann.peeters@mail.example>", body)
    assert_absent(data, ["Jitske"])
    assert "Ik wil een fiets en een boek." in text
    assert "mag ik vragen dat mama niet meer moet huilen?" in text


def test_guard_a_letter_the_writer_received_keeps_its_signer() -> None:
    body = ("hoi ik ben 9\nik kreeg een brief van mijn vriendin, die had ze geschreven op "
            "kamp:\n\nHoi,\nIk mis je.\nVeel liefs van Noortje\n\nis ze nog mijn vriendin?\n")
    text, _ = _relayed("Ann Peeters <ann.peeters@mail.example>", body)
    assert "Veel liefs van Noortje" in text


# ----------------------------------------------------------------- a quoted letter's address


def test_the_town_under_a_quoted_letters_signature_is_replaced() -> None:
    body = ("Dag,\n\nIk ben de papa van Mauro (9). Ik vond een brief die hij schreef op kamp:\n\n"
            "\"Lieve mama en papa,\nIk wil naar huis.\nVeel kusjes van Mauro\n"
            "Lindenstraat 12, 2800 Mechelen\"\n\nWat moet ik doen?\n")
    text, data = _relayed("Koen Aerts <koen.aerts@mail.example>", body)
    assert_absent(data, ["Mauro", "Lindenstraat 12", "2800 Mechelen"])
    assert "Ik wil naar huis." in text
    assert "Wat moet ik doen?" in text


def test_guard_the_town_after_the_writers_own_street_in_a_sentence_stays() -> None:
    text, _ = _relayed("Koen Aerts <koen.aerts@mail.example>",
                       "hoi ik ben 14\n\"ik woon in de Lindenstraat 12, 2800 Mechelen\"\n")
    assert "2800 Mechelen" in text


# ----------------------------------------------------------------- it's me again, X


@pytest.mark.parametrize("body", [
    "ik ben het weer\nvan vorige week\nYentl\nik heb nog altijd geen antwoord\nik ben 13\n",
    "hoi ik ben het weer, Yentl\nik heb nog altijd geen antwoord\n",
])
def test_the_name_after_its_me_again_is_replaced(body: str) -> None:
    text, data = _relayed("zonnetje.2012@mail.example", body)
    assert_absent(data, ["Yentl"])
    assert "ik heb nog altijd geen antwoord" in text


def test_guard_a_line_going_on_after_its_me_again_stays() -> None:
    text, _ = _relayed("zonnetje.2012@mail.example",
                       "ik ben het weer\nSorry dat ik zoveel stuur\nik ben 13\n")
    assert "Sorry dat ik zoveel stuur" in text


# ----------------------------------------------------------------- a family signing a note


def test_the_family_signing_a_note_to_the_writer_is_replaced() -> None:
    body = ("Hi,\n\nI'm 16 and an exchange student. This is the note my host family left:\n\n"
            "\"Welkom Amaru! Dit is nu ook jouw kamer.\nOntbijt om 7u.\nGroetjes, familie "
            "Verstraete\"\n\nI feel so lonely here.\n")
    text, data = _relayed("Amaru Quispe <amaru.quispe@mail.example>", body)
    assert_absent(data, ["Amaru", "Verstraete"])
    assert "Ontbijt om 7u." in text
    assert "I feel so lonely here." in text


def test_guard_a_family_named_in_the_writers_own_words_stays() -> None:
    body = ("Hi,\n\nI'm 16 and an exchange student.\nik woon bij de familie Verstraete en ik "
            "voel me alleen\n")
    text, _ = _relayed("Amaru Quispe <amaru.quispe@mail.example>", body)
    assert "ik woon bij de familie Verstraete en ik voel me alleen" in text


# ----------------------------------------------------------------- a family's dated roster


def test_the_family_on_a_pasted_birthday_calendar_is_replaced() -> None:
    body = ("Dag,\n\nIk ben 17. Dit hangt bij ons in de keuken, ik typ het over:\n\n"
            "4 feb – Oma Jeanine\n12 apr – Lotte 🎂\n6 jun – Mama (Hilde)\n"
            "30 sep – Wannes & Febe\n2 nov – Opa Frank\nFam. Lotte – kaartjes sturen!\n\n"
            "Mijn oma is gestorven en niemand durft haar naam te schrappen. Ik lees elke dag "
            "\"Oma Jeanine\".\n")
    text, data = _relayed("Lotte Smet <lotte.smet@mail.example>", body)
    assert_absent(data, ["Lotte", "Jeanine", "Hilde", "Wannes", "Febe", "Frank"])
    assert "4 feb – Oma " in text
    assert "niemand durft haar naam te schrappen." in text


def test_guard_a_dated_school_planning_keeps_its_words() -> None:
    body = ("hoi ik ben 14\nmijn planning:\n\n3 jan – Toets Wiskunde\n9 jan – Lotte jarig\n"
            "12 jan – Oma Gent bezoeken\n20 jan – Mama werkt laat\n\nik red het niet\n")
    text, _ = _relayed("Lotte Smet <lotte.smet@mail.example>", body)
    assert "3 jan – Toets Wiskunde" in text
    assert "12 jan – Oma Gent bezoeken" in text
