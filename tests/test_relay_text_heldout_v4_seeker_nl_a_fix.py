"""Behaviour tests for the rules that closed part of dev/heldout-v4's help-seeker misses (Dutch
and Flemish): a kid on a parent's phone setting their name against the owner's in the subject
("van X niet van papa"); a function mailbox's local part ("secretaris@…") read as the role the
writer holds, not their name; a chosen name signing beside the name the writer is known by
("Noor (of Bart voor de rest)"); a school account's notice sentence under the card. Names,
words and mails are invented, not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import Identity
from mailhandler.core.scrub.names import learn_names, learn_subject_names
from mailhandler.core.scrub.undelimited import remove_signature_blocks
from tests.test_relay_text import PSEUDONYM, _forward, _mail, _plain

# --------------------------------------------------------------------------- the subject


def test_a_subject_from_the_kid_not_the_parent_names_the_kid() -> None:
    body = ("dit is niet papa\n"
            "ik leen zijn tablet even\n"
            "ik ben 12 en ik slaap slecht door de ruzies thuis\n")
    relayed, data = _forward(_mail("Karin Wouters <karin.wouters@mail.example>", body,
                                   Subject="van Jules niet van papa"))
    assert "Jules" not in data.decode("utf-8", "replace")
    assert "ik ben 12 en ik slaap slecht door de ruzies thuis" in relayed.text


def test_the_same_in_english_and_french() -> None:
    who = Identity(addresses=("k.hill@mail.example",), names=("Karen Hill",))
    assert "Kai" in learn_subject_names("from Kai not mum", who).names
    assert "Léa" in learn_subject_names("de la part de Léa pas de maman", who).names


def test_a_subject_about_things_not_people_learns_nothing() -> None:
    who = Identity(addresses=("k.hill@mail.example",), names=("Karen Hill",))
    assert learn_subject_names("bang van spinnen niet van honden", who) == who
    assert learn_subject_names("last van school niet van thuis", who) == who


# --------------------------------------------------------------------------- function mailboxes


def test_the_role_a_function_mailbox_names_stays_in_the_text() -> None:
    body = ("Dag,\n\n"
            "ik ben secretaris van een jeugdhuis en een van onze jongeren vertelde dat hij "
            "thuis geslagen wordt. Wat moeten we nu doen?\n\n"
            "Groeten\nWout\n")
    relayed, _ = _forward(_mail("Wout Peeters <secretaris@jeugdhuis-de-kelder.example>", body))
    assert ("ik ben secretaris van een jeugdhuis en een van onze jongeren vertelde dat hij "
            "thuis geslagen wordt.") in relayed.text
    assert "Wout" not in relayed.text


def test_a_nickname_address_at_a_mail_provider_is_still_a_name() -> None:
    who = Identity(addresses=("sterretje@gmail.example",), names=("Lotte Peeters",))
    assert "sterretje" in learn_names("hoi\nik ben sterretje en ik ben 13\n", who).names


def test_a_first_name_at_an_organisations_domain_is_still_a_name() -> None:
    who = Identity(addresses=("jonas@bakkerij-verhelst.example",), names=("Bakkerij Verhelst",))
    assert "jonas" in learn_names("hallo\nik ben jonas, de zoon van de bakker\n", who).names


def test_a_nickname_at_the_familys_own_domain_is_still_a_name() -> None:
    who = Identity(addresses=("lowie@peeters-gezin.example",), names=("Lode Peeters",))
    assert "lowie" in learn_names("hey\nik ben lowie en ik zit in het vierde\n", who).names


# --------------------------------------------------------------------------- a chosen name


def test_a_chosen_name_beside_the_known_one_in_a_bracket_is_learned() -> None:
    body = ("hoi\n\nIk voel me al heel lang geen jongen, al zegt iedereen Bart.\n"
            "Hoe zeg ik dat thuis?\n"
            "Noor (of Bart voor de rest)\n")
    relayed, _ = _forward(_mail("Bart Janssens <bart.janssens@mail.example>", body))
    assert "Noor" not in relayed.text and "Bart" not in relayed.text
    assert "Ik voel me al heel lang geen jongen, al zegt iedereen" in relayed.text
    assert "Hoe zeg ik dat thuis?" in relayed.text
    assert f"{PSEUDONYM} (of {PSEUDONYM} voor de rest)" in relayed.text


def test_a_chosen_name_in_english() -> None:
    who = Identity(addresses=("liam.carter@mail.example",), names=("Liam Carter",))
    text = "hi\nI want to tell my mum but I'm scared\nMia (or Liam to everyone else)\n"
    assert "Mia" in learn_names(text, who).names


def test_a_friend_with_or_and_someone_elses_name_stays() -> None:
    who = Identity(addresses=("sam.peeters@mail.example",), names=("Sam Peeters",))
    text = ("hallo\nEva (of Sander, dat weet ik niet meer) zei dat ik jullie moest mailen.\n"
            "Groetjes\n")
    assert "Eva" not in learn_names(text, who).names
    relayed, _ = _forward(_mail("Sam Peeters <sam.peeters@mail.example>", text))
    assert "Eva (of Sander, dat weet ik niet meer) zei dat ik jullie moest mailen." \
        in relayed.text


def test_a_place_before_or_and_the_writers_name_stays() -> None:
    who = Identity(addresses=("sam.peeters@mail.example",), names=("Sam Peeters",))
    text = "hoi\nik woon in Gent (of Sam zijn kot eigenlijk)\nhelp\n"
    assert "Gent" not in learn_names(text, who).names


# --------------------------------------------------------------------------- account notices


def test_a_school_accounts_notice_sentence_takes_the_card_with_it() -> None:
    body = ("Hallo\n\n"
            "Ik zit in het 4de jaar en ik word al weken uitgelachen in de les. Mag ik dat aan "
            "mijn klastitularis vertellen?\n\n"
            "Dank u\n\n"
            "Jonas Maes | 4 LAT\n"
            "Atheneum Berkenhof – Leerling\n"
            "Dit is een leerlingenaccount van Atheneum Berkenhof. Gebruik valt onder het "
            "schoolreglement.\n")
    relayed, data = _forward(_mail("Jonas Maes <jonas.maes@leerling.berkenhof.example>", body))
    assert "Berkenhof" not in _plain(data)
    assert "Ik zit in het 4de jaar en ik word al weken uitgelachen in de les." in relayed.text
    assert "Dank u" in relayed.text


def test_a_student_accounts_notice_in_english() -> None:
    who = Identity(addresses=("e.murphy@students.ashgrove.example",), names=("Ethan Murphy",))
    text = ("Hi\n\nI keep getting messages from someone in my year and I don't know who it is.\n\n"
            "Thanks\n\nEthan Murphy | Year 9\nAshgrove Academy\n"
            "This is a student account of Ashgrove Academy. Use is subject to the IT policy.\n")
    cut = remove_signature_blocks(text, who, "[weg]")
    assert "Ashgrove" not in cut.text
    assert "I keep getting messages from someone in my year and I don't know who it is." in cut.text


def test_a_kids_own_last_line_about_the_account_stays() -> None:
    who = Identity(addresses=("mila.d@leerling.berkenhof.example",), names=("Mila D",))
    text = ("hoi\n\nik weet niet wat ik moet doen met mijn vriendin\n\n"
            "dit is een schoolaccount van mijn broer dus antwoord aub snel\n")
    assert remove_signature_blocks(text, who, "[weg]").text == text
    text = ("hoi\n\nik weet niet wat ik moet doen met mijn vriendin\n\n"
            "Dit is een leerlingenaccount van school, ik mag er eigenlijk niet mee mailen.\n")
    assert remove_signature_blocks(text, who, "[weg]").text == text


# ------------------------------------------------ guards: a kid's own account sentence stays


def test_a_kids_account_sentence_that_warns_or_asks_stays() -> None:
    # No "ik", "je", "mijn" in them, but a warning ("want"), a question, lower case: the kid's
    # own words about the school account, not the platform's notice.
    who = Identity(addresses=("wout.d@leerling.sintrita.example",), names=("Wout D",))
    for last in ("dit is een leerlingenaccount van sint-rita, stuur aub niks na 17u want dan "
                 "leest mama mee",
                 "Dit is een schoolaccount van Sint-Rita dus antwoord niet voor de middag.",
                 "this is a school account from Brookfield so do the teachers read this??",
                 "ceci est un compte scolaire du collège, est-ce que les profs peuvent voir ça"):
        text = f"hoi\n\nmijn stiefvader roept elke avond tegen ons\n\n{last}\n"
        assert remove_signature_blocks(text, who, "[weg]").text == text, last


def test_a_kids_account_warning_arrives_in_the_forward() -> None:
    body = ("hoi\n\nik durf niet meer naar huis na school\n\n"
            "dit is een leerlingenaccount van het atheneum, mail niet terug in het weekend "
            "want dan kijkt papa mee\n")
    relayed, data = _forward(_mail("Wout Dierckx <wout.dierckx@leerling.atheneum.example>",
                                   body))
    assert "mail niet terug in het weekend want dan kijkt papa mee" in relayed.text
    assert "Dierckx" not in data.decode("utf-8", "replace")


# ------------------------------------------- guards: a subject's 'niet'/'not'/'pas' after a name


def test_a_subject_about_someone_else_with_niet_not_pas_learns_nothing() -> None:
    who = Identity(addresses=("k.hill@mail.example",), names=("Karen Hill",))
    for subject in ("kreeg een bericht van Milan niet te geloven",
                    "geslagen door Ruben niet door papa",
                    "got a weird snap from Noah not ok",
                    "une photo de la part de Hugo pas drôle"):
        assert learn_subject_names(subject, who) == who, subject


def test_a_subject_that_sets_the_kid_against_a_parent_still_names_the_kid() -> None:
    who = Identity(addresses=("k.hill@mail.example",), names=("Karen Hill",))
    assert "Jules" in learn_subject_names("van Jules niet mama", who).names
    assert "Kai" in learn_subject_names("from Kai not my mum", who).names
    assert "Léa" in learn_subject_names("de la part de Léa pas ma mère", who).names


def test_the_name_of_a_bully_in_the_subject_stays_in_the_text() -> None:
    body = ("hoi\nSiebe uit het vijfde duwt mij elke dag tegen de kast\n"
            "Siebe lacht dan en zijn vrienden filmen het\n")
    relayed, _ = _forward(_mail("Lien Peeters <lien.peeters@mail.example>", body,
                                Subject="geduwd door Siebe niet door een leerkracht"))
    assert "Siebe uit het vijfde duwt mij" in relayed.text
    assert "Siebe lacht dan" in relayed.text


# ------------------------------------------- guards: a name with 'or' in a bracket about others


def test_a_name_with_a_question_about_the_writer_in_a_bracket_stays() -> None:
    who = Identity(addresses=("lotte.peeters@mail.example",), names=("Lotte Peeters",))
    text = ("hoi\nwie moet het eerst horen dat ik verliefd ben\nMila (of lotte, wat vinden "
            "jullie?)\nMila is mijn beste vriendin\n")
    assert "Mila" not in learn_names(text, who).names
    text = "hi\nwho should i tell first\nRuby (or lotte? idk)\nRuby is my sister\n"
    assert "Ruby" not in learn_names(text, who).names


def test_a_name_before_or_the_writer_in_the_story_arrives() -> None:
    body = ("hoi\nwie moet het eerst tegen papa zeggen\nSander (of noor, wie is het dapperst?)\n"
            "Sander is mijn vriend\n")
    relayed, _ = _forward(_mail("Noor Wouters <noor.wouters@mail.example>", body))
    assert "Sander is mijn vriend" in relayed.text
