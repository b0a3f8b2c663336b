"""Behaviour tests for the rules that closed more of dev round41's misses (mails written together
or passed on, pasted profiles and letters): a parent signing "<name>, la maman de <child>"; a
profile's "I like to be called: <name>" field; a birth date written right after the writer's
name; three or more first names signed under a closing beside the writer's; a second writer
"next to me" who signs beside the owner after a correcting "ok fine"; the two writers' ship
name. Names, words and mails are invented, not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import Identity
from mailhandler.core.scrub.contacts import replace_contact_details
from mailhandler.core.scrub.names_cosigned import learn_co_signers
from tests.test_relay_text import PSEUDONYM, _forward, _mail

PLACEHOLDER = "[…]"


# --------------------------------------------------------------------------- a parent signing


def test_a_parent_signing_name_comma_mother_of_names_the_child() -> None:
    body = ("Bonjour,\n\n"
            "Mon fils m'a demandé de vous écrire. Lucien a 13 ans et il a peur de dire à son "
            "père qu'il aime un garçon. Il voudrait savoir s'il peut vous écrire lui-même.\n\n"
            "Merci d'avance.\n"
            "Mireille, la maman de Lucien\n")
    relayed, _ = _forward(_mail("Mireille Dufrasne <mireille.d@mail.example>", body))
    assert "Lucien" not in relayed.text and "Mireille" not in relayed.text
    assert "a 13 ans et il a peur de dire à son père qu'il aime un garçon" in relayed.text
    assert f"{PSEUDONYM}, la maman de {PSEUDONYM}" in relayed.text


def test_a_dutch_parent_signing_name_comma_dad_of_names_the_child() -> None:
    body = ("Hallo,\n\nMijn dochter durft zelf niet te mailen. Fien zit in het tweede jaar en "
            "wordt gepest omdat ze een vriendin heeft.\n\nGroeten,\nKoen, papa van Fien\n")
    relayed, _ = _forward(_mail("Koen Verbist <koen.verbist@mail.example>", body))
    assert "Fien" not in relayed.text
    assert "zit in het tweede jaar en wordt gepest omdat ze een vriendin heeft" in relayed.text


def test_another_parent_named_after_a_comma_keeps_the_friends_name() -> None:
    body = ("hoi\nik heb het verteld aan Sofie, de mama van Lowie\n"
            "zij zei dat ik jullie moest mailen\ngroetjes\nMats\n")
    relayed, _ = _forward(_mail("Mats Peeters <mats.p@mail.example>", body))
    assert "ik heb het verteld aan Sofie, de mama van Lowie" in relayed.text


def test_a_parents_running_text_alone_names_the_help_seeker() -> None:
    # Since the corpus's policy on the young person someone writes for (their names are
    # identity), the child a parent introduces themselves by is replaced in place.
    body = ("Bonjour,\nJe suis la maman de Basile, 15 ans. Hier soir il m'a dit qu'il était "
            "amoureux d'un garçon de sa classe.\nCordialement\n")
    relayed, data = _forward(_mail("Chantal Moreau <chantal.m@mail.example>", body))
    assert f"Je suis la maman de {PSEUDONYM}, 15 ans" in relayed.text
    assert "Hier soir il m'a dit qu'il était amoureux d'un garçon de sa classe." in relayed.text
    assert b"Basile" not in data


# --------------------------------------------------------------------------- a profile's field


def test_a_profile_field_i_like_to_be_called_names_the_writer() -> None:
    body = ("my mentor made this with me, i copy it for you\n\n"
            "ABOUT ME\nName: Oscar Lindqvist\nI like to be called: Ozzy\nAge: 12\n"
            "Things I like: maps, buses, my cat\n\n"
            "my question is why do i feel different from the other boys\n")
    relayed, _ = _forward(_mail("Oscar Lindqvist <oscar.l@mail.example>", body))
    assert "Ozzy" not in relayed.text and "Oscar" not in relayed.text
    assert "I like to be called:" in relayed.text
    assert "my question is why do i feel different from the other boys" in relayed.text


def test_a_profile_field_with_a_word_that_is_no_name_stays() -> None:
    body = ("ABOUT ME\nI like to be called: Captain\nAge: 12\n\n"
            "why do i feel different from the other boys\n")
    relayed, _ = _forward(_mail("Oscar Lindqvist <oscar.l@mail.example>", body))
    assert "I like to be called: Captain" in relayed.text


# --------------------------------------------------------------------------- a birth date


def test_a_birth_date_after_the_writers_name_in_a_copied_letter_is_replaced() -> None:
    text = (f"« Objet : {PSEUDONYM}, né le 14/06/2011\n"
            "Suite à votre visite du 3 mars, nous vous proposons un rendez-vous. »")
    out = replace_contact_details(text, PLACEHOLDER, writer=PSEUDONYM)
    assert "14/06/2011" not in out
    assert f"Objet : {PSEUDONYM}, né le {PLACEHOLDER}" in out
    assert "Suite à votre visite du 3 mars" in out


def test_a_birth_date_in_words_after_the_writers_name_is_replaced() -> None:
    text = f"Betreft: {PSEUDONYM}, geboren op 9 november 2012\nBeste ouders,"
    out = replace_contact_details(text, PLACEHOLDER, writer=PSEUDONYM)
    assert "november 2012" not in out and "Beste ouders," in out


def test_a_birth_date_end_to_end() -> None:
    body = ("hoi, dit stond in de brief van het ziekenhuis:\n\n"
            "Betreft: Wout Janssens (° 21.02.2011)\n"
            "Beste ouders, we verwachten jullie op de consultatie.\n\n"
            "mag ik daar alleen heen? ik ben 15\nWout\n")
    relayed, _ = _forward(_mail("Wout Janssens <wout.j@mail.example>", body))
    assert "21.02.2011" not in relayed.text and "Wout" not in relayed.text
    assert "mag ik daar alleen heen? ik ben 15" in relayed.text


def test_someone_elses_birth_date_and_other_dates_stay() -> None:
    text = ("mijn broertje is geboren op 12/09/2015 en op 03/05/2021 zijn we verhuisd.\n"
            "Emma Leroy, née le 02/02/2012, est ma meilleure amie.")
    assert replace_contact_details(text, PLACEHOLDER, writer=PSEUDONYM) == text


# --------------------------------------------------------------------------- a list signed


def _teacher() -> Identity:
    return Identity(addresses=("karel.wouters@school.example",),
                    names=("Karel Wouters", "Mila"))


def test_first_names_signed_together_under_a_closing_are_all_writers() -> None:
    text = ("Wij willen een actie doen op school.\n\nGroetjes van de leerlingenraad,\n"
            "Mila, Jonas, Roos en Senne\n\nKarel Wouters\nleerkracht\n")
    learned = learn_co_signers(text, _teacher())
    assert {"Jonas", "Roos", "Senne"} <= set(learned.names)


def test_first_names_signed_together_end_to_end() -> None:
    body = ("Hallo!\n\nWe zijn de leerlingenraad en we schrijven op de laptop van onze juf.\n"
            "Kunnen jullie affiches sturen voor onze actie?\n\n"
            "Groetjes van de leerlingenraad,\nMila, Jonas, Roos en Senne\n\n"
            "Katrien Maes\nLeerkracht Nederlands\n")
    relayed, _ = _forward(_mail("Katrien Maes <katrien.maes@school.example>", body))
    for name in ("Mila", "Jonas", "Roos", "Senne"):
        assert name not in relayed.text
    assert "Kunnen jullie affiches sturen voor onze actie?" in relayed.text


def test_a_list_in_a_sentence_or_without_the_writer_learns_nothing() -> None:
    text = ("in mijn klas zitten Mila, Jonas, Roos en Senne\n\nGroetjes,\n"
            "Lotte, Bram en Ines\n")
    assert learn_co_signers(text, _teacher()) == _teacher()


def test_a_list_with_a_word_that_is_no_first_name_learns_nothing() -> None:
    text = "vraagje over de actie\n\nGroetjes,\nMila, Jonas, Mama en Papa\n"
    assert learn_co_signers(text, _teacher()) == _teacher()


def test_a_sister_in_the_list_stays_the_writers_word() -> None:
    text = ("mijn zus Roos helpt mee\n\nGroetjes,\nMila, Jonas en Roos\n")
    learned = learn_co_signers(text, _teacher())
    assert "Jonas" in learned.names and "Roos" not in learned.names


# --------------------------------------------------------------------------- two who write together


def test_a_second_writer_next_to_me_signing_after_a_correction_and_their_ship_name() -> None:
    body = ("hey, writing this together, im Lars and Jonah is next to me\n"
            "we are both 15 and everyone at school calls us Larjon\n"
            "jonah's dad found out and now we can't see each other\n"
            "what can we do\n"
            "from Larjon\n"
            "ok fine Lars & Jonah\n")
    relayed, _ = _forward(_mail("Lars Holm <lars.holm@mail.example>", body))
    for name in ("Lars", "Jonah", "Larjon"):
        assert name not in relayed.text
    assert "we are both 15 and everyone at school calls us" in relayed.text
    assert "dad found out and now we can't see each other" in relayed.text


def test_a_pair_without_a_closing_or_a_turn_stays_as_before() -> None:
    who = Identity(addresses=("lars.holm@mail.example",), names=("Lars Holm",))
    text = "my favourite film\nok fine Lars & Jonah\n"
    assert learn_co_signers(text, who) == who


def test_a_word_like_a_blend_with_no_second_writer_stays() -> None:
    who = Identity(addresses=("lars.holm@mail.example",), names=("Lars Holm",))
    text = "we went to Larjon camp last summer\n\ngroetjes\nLars\n"
    assert learn_co_signers(text, who) == who
