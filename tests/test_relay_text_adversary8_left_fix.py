"""Behaviour tests for the rules that mended adversary8's strict xfails (see
tests/test_relay_text_adversary8_probes.py): a birth date under more labels, on the next line
or after a dash; the writer's own file reference after "mijn dossier bij …", "my case at …";
a volunteer's postal block with a title or a phone, and its town named again; what anyone may
be called after "heet ik"; a chosen name typed in lower case; a name on a family account's
card in capitals or surname first; a parent's full name in brackets in lower case; a pupil's
card (name, class, school). Near variants in other names and languages, and guards: the
writer's words in look-alike shapes that must stay. Names, words and mails are invented."""

from __future__ import annotations

from mailhandler.core.scrub import Identity, learn_names
from mailhandler.core.scrub.contacts import replace_contact_details
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _forward, _mail

PLACEHOLDER = "[…]"


def _seek(sender: str, body: str) -> tuple[str, bytes]:
    relayed, data = _forward(_mail(sender, body))
    return relayed.text, data


def _vol(sender: str, body: str) -> tuple[str, bytes]:
    address = sender.split("<")[1].rstrip(">")
    relayed, data = _answer(_mail(sender, body, Subject=f"Re: [{PSEUDONYM}]"), address,
                            sender.split()[0])
    return relayed.text, data


# --------------------------------------------------------------------------- birth dates


def test_a_birth_date_under_more_labels_is_replaced() -> None:
    for text in ("Date de naissance\n03/05/2012\n", "Birthday - 3 May 2012\n",
                 "Anniversaire : 03.05.2012\n", "Born on 3 May 2012\n", "Né le 3 mai 2012\n",
                 "Geboren op 3 mei 2012\n", "D.O.B. – 03/05/2012\n"):
        cleaned = replace_contact_details(text, PLACEHOLDER)
        assert "2012" not in cleaned and PLACEHOLDER in cleaned, text


def test_a_birthday_without_its_year_and_a_birth_in_a_sentence_stay() -> None:
    for text in ("Verjaardag: 3 mei\n", "Birthday - 3 May\n",
                 "mijn broertje is geboren op 3 mei 2012 en hij mag alles\n",
                 "ma soeur est née le 3 mai 2012\n", "geboren\nin 2012 of zo\n"):
        assert replace_contact_details(text, PLACEHOLDER) == text, text


def test_a_word_with_a_date_after_it_is_no_sign_off() -> None:
    text, data = _seek("Noah Lenaerts <noah.lenaerts@thuis.example>", "DOB: 03/05/2012\n")
    assert "DOB" in text
    assert_absent(data, ["03/05/2012"])


# --------------------------------------------------------------------------- file references


def test_the_writers_own_file_reference_after_more_cues_is_replaced() -> None:
    for text in ("mijn dossier bij de jeugdrechtbank is JRB/2024/1187\n",
                 "mon dossier chez le SAJ c'est SAJ-BXL-2024-1187\n",
                 "my file at social services, number SS-2024-11873\n",
                 "ons dossiernummer bij Jeugdhulp: JH 11873 22\n"):
        cleaned = replace_contact_details(text, PLACEHOLDER)
        assert "1187" not in cleaned and PLACEHOLDER in cleaned, text


def test_a_file_without_a_reference_and_short_codes_stay() -> None:
    for text in ("mijn dossier bij het CLB is dik en niemand leest het\n",
                 "my case at school is weird, ref A4 paper\n",
                 "mijn dossier bij het JAC is 2 jaar oud\n",
                 "ik zat in dossier COVID-19 klas 2020 2021\n",
                 "my case at court is ref AB 12 3\n"):
        assert replace_contact_details(text, PLACEHOLDER) == text, text


# --------------------------------------------------------------------------- a volunteer's block


def test_a_volunteers_block_with_a_title_and_a_phone_hides_the_town_everywhere() -> None:
    body = (f"Dag {PSEUDONYM},\n\nzo schrijf je zo'n brief:\n\nDhr. K. Maes\nKerkplein 3\n"
            "3200 Aarschot\nGSM 0478 12 34 56\n\nAarschot 4 juni 2026\n\nIn Aarschot waait "
            "het altijd. Ik steun je.\n\nKoen\n")
    text, data = _vol("Koen Maes <koen.maes@vrijwilligers.example>", body)
    assert_absent(data, ["Aarschot", "0478"])
    assert "waait het altijd. Ik steun je." in text
    assert "4 juni 2026" in text


def test_an_organisations_address_given_as_advice_keeps_its_town() -> None:
    body = (f"Dag {PSEUDONYM},\n\nje kan langsgaan bij:\n\nJAC Leuven\nBondgenotenlaan 12\n"
            "3000 Leuven\n\nIn Leuven zijn ze heel vriendelijk.\n\nKoen\n")
    text, _ = _vol("Koen Maes <koen.maes@vrijwilligers.example>", body)
    assert "In Leuven zijn ze heel vriendelijk." in text


# --------------------------------------------------------------------------- what they are called


def test_a_word_anyone_is_called_after_heet_ik_stays() -> None:
    for body in ("thuis heet ik Prinses en op school heet ik Muis\n",
                 "bij mijn opa heet ik Kleine\n"):
        text, _ = _seek("Lore Wuyts <lore.wuyts@thuis.example>", body)
        assert text.strip() == body.strip(), body


def test_a_pet_name_or_a_first_name_after_heet_ik_still_goes() -> None:
    text, data = _seek("Lore Wuyts <lore.wuyts@thuis.example>",
                       "thuis heet ik Poekie en op papier heet ik Jens\n")
    assert_absent(data, ["Poekie", "Jens"])
    assert "thuis heet ik" in text


def test_a_chosen_name_in_lower_case_goes_and_a_manner_stays() -> None:
    _, data = _seek("Lore Wuyts <lore.wuyts@thuis.example>",
                    "ik zou liever sam genoemd worden\nik ben 15\n")
    assert_absent(data, [" sam "])
    for body in ("ik wil graag anders genoemd worden\nik ben 15\n",
                 "ik wil liever niet genoemd worden\n",
                 "ik wil liever jongen genoemd worden\n"):
        text, _ = _seek("Lore Wuyts <lore.wuyts@thuis.example>", body)
        assert text.strip() == body.strip(), body


# --------------------------------------------------------------------------- names on a card


def test_a_childs_name_on_a_family_account_in_capitals_or_surname_first() -> None:
    who = Identity(addresses=("gezin.claes@thuis.example",), names=("Gezin Claes",))
    assert "Wout" in learn_names("hoi\nClaes Wout\nik ben 11\n", who).names
    assert "JANA" in learn_names("hoi\nJANA CLAES\nik ben 11\n", who).names


def test_words_beside_the_family_surname_stay() -> None:
    who = Identity(addresses=("gezin.claes@thuis.example",), names=("Gezin Claes",))
    for body in ("hoi\nClaes Bakkerij\nik ben 11\n", "hoi\nMAMA Claes\nik ben 11\n",
                 "hoi\nFAMILIE CLAES\nik ben 11\n"):
        learned = {name.casefold() for name in learn_names(body, who).names}
        assert learned <= {"gezin claes"}, body


def test_a_parents_full_name_in_lower_case_brackets_goes() -> None:
    _, data = _seek("Lore Wuyts <lore.wuyts@thuis.example>",
                    "mijn papa (johan wuyts) wil niet dat ik ga\nmy mum (fiona gallagher) too\n")
    assert_absent(data, ["johan", "fiona"])


def test_a_lower_case_aside_after_a_parent_stays() -> None:
    for body in ("mijn mama (lief hoor) zegt dat ik moet slapen\n",
                 "mijn papa (max twee uur) laat me gamen\n",
                 "mijn mama (altijd moe) werkt veel\n"):
        text, _ = _seek("Lore Wuyts <lore.wuyts@thuis.example>", body)
        assert text.strip() == body.strip(), body


# --------------------------------------------------------------------------- a pupil's card


def test_a_pupils_card_in_other_shapes_hides_name_and_school() -> None:
    body = ("bonjour\nvoici ma carte d'élève\n\nInès Dupont\nClasse 3C\nAthénée Royal de Namur\n\n"
            "c'est bon comme ça ?\n")
    text, data = _seek("Maman <famille.dupont@maison.example>", body)
    assert_absent(data, ["Inès", "Athénée Royal de Namur"])
    assert "c'est bon comme ça ?" in text
    # The class under the name is identity too (house policy P4, corpus README Format): the
    # line stays, its code replaced.
    assert "Classe […]" in text
    assert_absent(data, ["3C"])


def test_a_school_named_in_a_sentence_or_without_a_class_line_stays() -> None:
    for body in ("hoi\nik zit in klas 4B op het Sint-Jozefscollege en ik word gepest\n",
                 "hoi\nik zit op het Sint-Jozefscollege\nen ik word gepest\n",
                 "Klas 4B\nwe gaan op uitstap naar de school van mijn neef\n"):
        text, _ = _seek("Lore Wuyts <lore.wuyts@thuis.example>", body)
        assert text.strip() == body.strip(), body


def test_a_name_above_a_class_line_is_learned_and_a_title_or_a_word_is_not() -> None:
    who = Identity(addresses=("x.y@thuis.example",), names=("X Y",))
    assert "Lotte Verbist" in learn_names("hoi\n\nLotte Verbist\nKlas 4B\n\nklopt dat\n",
                                          who).names
    for body in ("hoi\n\nMevr. Peeters\nKlas 4B\n\nklopt dat\n",
                 "hoi\n\nSint Jozef\nKlas 4B\n\nklopt dat\n"):
        learned = {name.casefold() for name in learn_names(body, who).names}
        assert learned <= {"x y"}, body


def test_a_word_the_writer_asks_to_be_called_by_still_goes() -> None:
    for body in ("i go by Bear now\nim 15\n", "noem mij maar Zon\nik ben 14\n"):
        _, data = _seek("Lore Wuyts <lore.wuyts@thuis.example>", body)
        assert_absent(data, ["Bear" if "Bear" in body else "Zon"])
