"""Behaviour tests for the rules that closed dev/heldout-v8/seeker-mixed's misses (help-seekers
in French, English and Dutch mixing in other languages): a thank-you in the writer's first
language closing the text; "que c'est" opening a clause, no introduction; the Belgian national
number; a room in a student residence or a care home; a messenger's account key; a name on a
selling platform; the name in the family's script in brackets; the name the writer's own phone
shows; a Krio introduction; the class and number on a report card's pupil line. Names, words
and mails are invented, not the corpus's."""

from __future__ import annotations

import pytest

from tests.test_relay_text import PSEUDONYM, _forward, _mail

# --------------------------------------------------------------------------- thanks, not a name


@pytest.mark.parametrize("thanks", ["Gracias 🙏", "Nandri 🙏🏾", "Tenki 🙏", "Salamat 😊",
                                    "Obrigada 🙏", "Arigato 🙂"])
def test_a_thank_you_in_the_first_language_closing_the_text_stays(thanks: str) -> None:
    body = ("Hi, I'm 15 and my stepdad keeps reading my messages.\n"
            "I don't know who else to ask.\n\n" + thanks + "\n")
    relayed, _ = _forward(_mail("Amaru Quispe <a.quispe@mail.example>", body))
    assert thanks in relayed.text


def test_a_first_name_with_an_emoji_closing_the_text_is_still_replaced() -> None:
    body = "Hi, my stepdad keeps reading my messages.\nWhat can I do?\n\nNayeli 🙏\n"
    relayed, _ = _forward(_mail("nayeli.q@mail.example", body))
    assert "Nayeli" not in relayed.text
    assert "What can I do?" in relayed.text


# --------------------------------------------------------------------------- "que c'est …"


@pytest.mark.parametrize("line", ["je sais que c'est con", "je trouve que c'est nul",
                                  "I know that it's dumb"])
def test_a_word_after_que_cest_stays_though_an_address_word_starts_with_it(line: str) -> None:
    body = f"bonjour\nje bois un peu le soir pour dormir\n{line}\n"
    relayed, _ = _forward(_mail("conor.nulens.dumbo@mail.example", body))
    assert line in relayed.text


def test_a_name_after_cest_opening_the_text_is_still_replaced() -> None:
    body = "salut c'est jasmi, j'ai 14 ans\nje sais plus quoi faire\n"
    relayed, _ = _forward(_mail("jasmine.b2011@mail.example", body))
    assert "jasmi" not in relayed.text


# --------------------------------------------------------------------------- national number


@pytest.mark.parametrize("line", ["INSZ 08.11.23-114.62", "NISS : 08.11.23-114.62",
                                  "mijn rijksregister is 08.11.23-114.62",
                                  "numéro national 08112311462"])
def test_the_belgian_national_number_is_replaced(line: str) -> None:
    body = f"Hoi,\nDit staat op het klevertje van de mutualiteit:\n{line}\nMag ik daarmee gaan?\n"
    relayed, _ = _forward(_mail("Pieter Claes <p.claes@mail.example>", body))
    assert "08.11.23-114.62" not in relayed.text and "08112311462" not in relayed.text
    assert "Mag ik daarmee gaan?" in relayed.text


def test_the_national_number_shape_alone_is_replaced() -> None:
    body = "mijn moeder zegt dat ik dit moet geven: 10.02.28-331.07\nis dat nodig?\n"
    relayed, _ = _forward(_mail("Pieter Claes <p.claes@mail.example>", body))
    assert "10.02.28-331.07" not in relayed.text
    assert "mijn moeder zegt dat ik dit moet geven:" in relayed.text


@pytest.mark.parametrize("line", ["de uitslag was 12.05 - 13.40 en 14.10-15.20",
                                  "versie 2.10.31-115.3 van de app crasht",
                                  "om 09.30 uur, lokaal 2.14"])
def test_times_and_versions_in_dotted_groups_stay(line: str) -> None:
    relayed, _ = _forward(_mail("Pieter Claes <p.claes@mail.example>", f"hallo\n{line}\n"))
    assert line in relayed.text


# --------------------------------------------------------------------------- residence rooms


@pytest.mark.parametrize("line,number", [
    ("je suis au Home Vesale, chambre 2.07, le soir", "2.07"),
    ("ik woon in een studentenhome in Leuven, kamer 3.21", "3.21"),
    ("I live in student housing near campus, room 412", "412"),
    ("je suis à la résidence universitaire, chambre B12", "B12"),
])
def test_the_room_in_a_residence_is_replaced(line: str, number: str) -> None:
    relayed, _ = _forward(_mail("Inès Halloy <ines.halloy@mail.example>", f"bonjour\n{line}\n"))
    assert number not in relayed.text
    assert line.split(number)[0] in relayed.text


@pytest.mark.parametrize("line", ["I was at home, my room is 3 times smaller than my sister's",
                                  "à la maison je reste dans ma chambre 3 heures",
                                  "je lis la page 3.14 du livre"])
def test_a_room_in_the_writers_story_stays(line: str) -> None:
    relayed, _ = _forward(_mail("Inès Halloy <ines.halloy@mail.example>", f"bonjour\n{line}\n"))
    assert line in relayed.text


# --------------------------------------------------------------------------- messenger key

KEY = "05" + "3b9e1f0a7c4d2e8b" * 4


def test_a_messengers_account_key_is_replaced() -> None:
    body = f"Hi,\nI only use Session. My ID is:\n{KEY}\nthanks\n"
    relayed, _ = _forward(_mail("r.bianchi@proton.example", body))
    assert KEY not in relayed.text
    assert "I only use Session. My ID is:" in relayed.text


def test_short_hex_words_and_codes_stay() -> None:
    body = "hi\nmy code was 3f9a1c and the colour #a1b2c3, deadbeef is a joke\n"
    relayed, _ = _forward(_mail("r.bianchi@proton.example", body))
    assert "my code was 3f9a1c and the colour #a1b2c3, deadbeef is a joke" in relayed.text


# --------------------------------------------------------------------------- platform names


@pytest.mark.parametrize("line,handle", [
    ("Ik verkoop op Vinted (mijn naam daar is zoe_vd_gent).", "zoe_vd_gent"),
    ("je vends sur Vinted, mon pseudo là-bas c'est lea.brx09", "lea.brx09"),
    ("I sell on Depop, my name on there is mia_ldn07", "mia_ldn07"),
])
def test_the_writers_name_on_a_platform_is_replaced(line: str, handle: str) -> None:
    relayed, _ = _forward(_mail("Zoë Verdonck <zoe.verdonck@mail.example>", f"hoi\n{line}\n"))
    assert handle not in relayed.text


@pytest.mark.parametrize("line", ["mijn naam is Lotte en ik ben 14", "my name is on the list 2x",
                                  "mon nom est écrit partout"])
def test_a_name_without_an_accounts_marks_is_left_to_the_name_rules(line: str) -> None:
    relayed, _ = _forward(_mail("Zoë Verdonck <zoe.verdonck@mail.example>", f"hoi\n{line}\nok\n"))
    assert line.split()[-1] in relayed.text


# --------------------------------------------------------------------------- own script


@pytest.mark.parametrize("sender,line,script", [
    ("Haruki Mori <haruki.mori@mail.example>", "Haruki (春樹)", "春樹"),
    ("Kim Minji <minji.kim@mail.example>", "Minji (민지)", "민지"),
])
def test_the_name_in_the_familys_script_in_brackets_is_replaced(sender: str, line: str,
                                                               script: str) -> None:
    body = f"Hello,\nmy parents only care about marks.\nIs that normal?\n\n{line}\n"
    relayed, _ = _forward(_mail(sender, body))
    assert script not in relayed.text
    assert "Is that normal?" in relayed.text


def test_words_in_another_script_in_brackets_after_another_word_stay() -> None:
    body = "Hello,\nI feel tired (疲れた) every day.\nThanks (ありがとう)\n"
    relayed, _ = _forward(_mail("Haruki Mori <haruki.mori@mail.example>", body))
    assert "I feel tired (疲れた) every day." in relayed.text
    assert "Thanks (ありがとう)" in relayed.text


# --------------------------------------------------------------------------- own device's name


@pytest.mark.parametrize("line,name", [
    ('quand j\'allume le partage de connexion mon téléphone s\'affiche comme "iPhone de Maëlys"',
     "Maëlys"),
    ("mijn hotspot heet \u201cGalaxy van Noor\u201d en iedereen ziet het", "Noor"),
    ('my phone shows up as "Jaden\'s iPhone" on airdrop', "Jaden"),
])
def test_the_name_the_writers_own_device_shows_is_replaced(line: str, name: str) -> None:
    body = f"Bonjour\n{line}\net ils se moquent de {name} tous les jours\n"
    relayed, _ = _forward(_mail("m.d@mail.example", body))
    assert name not in relayed.text
    assert "tous les jours" in relayed.text


def test_another_pupils_device_name_stays() -> None:
    body = ('Bonjour\nles garçons ont renommé leurs téléphones "iPhone de Kevin"\n'
            "et la prof rigole\n")
    relayed, _ = _forward(_mail("m.d@mail.example", body))
    assert '"iPhone de Kevin"' in relayed.text


# --------------------------------------------------------------------------- Krio


def test_a_name_after_me_na_that_the_address_holds_is_replaced() -> None:
    body = "Hello\nMe na Aminata, I am 14. My teacher shouts at me.\nTenki\n"
    relayed, _ = _forward(_mail("aminata.k2011@mail.example", body))
    assert "Aminata" not in relayed.text
    assert f"Me na {PSEUDONYM}, I am 14." in relayed.text


def test_a_word_after_me_na_that_the_address_does_not_hold_stays() -> None:
    body = "Hello\nme na Freetown pikin, I am 14.\n"
    relayed, _ = _forward(_mail("aminata.k2011@mail.example", body))
    assert "me na Freetown pikin, I am 14." in relayed.text


# --------------------------------------------------------------------------- report card


@pytest.mark.parametrize("line,kept,gone", [
    ("Leerling: PEETERS Jonas – klas 2A1 – nr. 9", "klas", ("2A1", "nr. 9")),
    ("Élève : Dubois Léa, classe 3C, n° 21", "classe", ("3C", "n° 21")),
    ("Pupil: Sam Reed · Form 8R · no. 4", "Form", ("8R", "no. 4")),
])
def test_the_class_and_number_on_a_report_cards_pupil_line_are_replaced(
        line: str, kept: str, gone: tuple[str, ...]) -> None:
    body = f"Hallo, dit staat op mijn rapport:\n\n{line}\n\nWat moet ik doen?\n"
    relayed, _ = _forward(_mail("Jonas Peeters <jonas.peeters@mail.example>", body))
    for value in gone:
        assert value not in relayed.text
    assert kept in relayed.text and "Wat moet ik doen?" in relayed.text


def test_a_class_in_running_text_stays() -> None:
    body = "Hallo,\nin klas 2A1 pesten ze mij, ik ben nr. 9 van de lijst\n"
    relayed, _ = _forward(_mail("Jonas Peeters <jonas.peeters@mail.example>", body))
    assert "in klas 2A1 pesten ze mij, ik ben nr. 9 van de lijst" in relayed.text


# --------------------------------------------------------------------------- on another's account


@pytest.mark.parametrize("line,name", [
    ("bonjour c Maïssa pas mon papa", "Maïssa"),
    ("c'est Jade et pas ma mère", "Jade"),
])
def test_a_name_with_the_holder_denied_right_after_it_is_replaced(line: str, name: str) -> None:
    body = f"{line}\njai 13 ans\nla copine de papa me crie dessus\n"
    relayed, _ = _forward(_mail("Rui Tavares <r.tavares@mail.example>", body))
    assert name not in relayed.text
    assert "la copine de papa me crie dessus" in relayed.text


def test_a_word_after_c_without_a_denial_stays() -> None:
    body = "bonjour c Noël bientôt et mon papa rentre pas\njai 13 ans\n"
    relayed, _ = _forward(_mail("Rui Tavares <r.tavares@mail.example>", body))
    assert "c Noël bientôt et mon papa rentre pas" in relayed.text


def test_the_name_the_writer_goes_by_here_is_replaced() -> None:
    body = ("Hello,\nI'm on my mum's computer.\n"
            "My name here is Lucas but my birth name was Jae-won.\nIs it wrong?\n")
    relayed, _ = _forward(_mail("Els Maes <els.maes@mail.example>", body))
    assert "Lucas" not in relayed.text
    assert "Is it wrong?" in relayed.text


def test_a_count_on_a_line_opened_by_student_stays() -> None:
    body = "Hi,\nStudent: I have class 3 times a week with him\nwhat do I do\n"
    relayed, _ = _forward(_mail("Sam Reed <sam.reed@mail.example>", body))
    assert "I have class 3 times a week with him" in relayed.text


def test_a_surname_that_is_no_thanks_still_signs() -> None:
    body = "Hoi,\nmijn stiefvader leest mijn berichten.\n\nGroetjes,\nLien Tack\n"
    relayed, _ = _forward(_mail("lien.t@mail.example", body))
    assert "Tack" not in relayed.text
