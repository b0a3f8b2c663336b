"""Behaviour tests for the rules that closed dev/round49's misses s-0001..s-0016: a day of the
week as the whole subject is no name, a pasted letter announced as "ma envoyé" (texting's
"m'a") is a received message whose signer is not the writer, a courtesy title and a name in
capitals alone on a line (a pharmacy's label) names the writer, a nameplate "Famille X"
quoted in a sentence, the surname a display name's initial stands for, an app's greeting
"Hi Name B.!" in a pasted message, a form line's name field followed by more fields, and
numbers a school, platform or service files one person under ("Code permanent", "ID",
"INAMI", "réf."). And guard tests: each rule leaves the writer's own words, other people's
names, days, films and numbers of their story alone. Names, words and mails are invented,
not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub.contacts_more import replace_file_numbers
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail

# --------------------------------------------------------------------------- days


def test_a_weekday_as_the_whole_subject_is_not_learned_as_the_writers_name() -> None:
    body = ("Hi,\nthe club starts again Friday at 7.\nI don't want to go on Friday, my dad "
            "will be there.\n")
    relayed, data = _forward(_mail("Tom R <tom.r09@mail.example>", body, Subject="Friday"))
    assert "the club starts again Friday at 7." in relayed.text
    assert "I don't want to go on Friday, my dad will be there." in relayed.text
    assert b"Friday" in data


def test_a_weekday_alone_closing_the_text_is_the_answer_not_a_signature() -> None:
    body = "hi\nwhen do I have to tell them?\nmy mum said before\nSunday\n"
    relayed, _ = _forward(_mail("Tom R <tom.r09@mail.example>", body))
    assert "Sunday" in relayed.text


def test_a_first_name_that_is_no_day_still_signs_the_subject() -> None:
    body = "hoi\nik ben 14 en ik heb een vraag\n"
    relayed, data = _forward(_mail("Mama <an.peeters@thuis.example>", body, Subject="Jana"))
    assert_absent(data, ["Jana"])


# --------------------------------------------------------------------------- received letters


def test_a_letter_announced_with_ma_envoye_keeps_its_signers_name() -> None:
    body = ("bonsoir\njai 14 ans. mon éducatrice ma envoyé ça, je le recopie :\n\n"
            "Chère Nour,\nJe confirme notre rendez-vous du 3 avril.\nBien à vous,\n"
            "Sophie Lambert\nÉducatrice – Service jeunesse\nTél. 02 000 11 22\n\n"
            "est ce que je dois y aller ?\n")
    relayed, data = _forward(_mail("Nour <nour.b.bxl@mail.example>", body))
    assert "Sophie Lambert" in relayed.text
    assert "Je confirme notre rendez-vous du 3 avril." in relayed.text
    assert "est ce que je dois y aller ?" in relayed.text
    assert_absent(data, ["Nour", "02 000 11 22"])


def test_an_app_greeting_with_an_initial_names_the_writer() -> None:
    body = ("hi\nI got this from the app:\n\nHi Jonah K.! Your match for the quiz is ready.\n"
            "Team: Ravi and Sam\n\nRavi is my best friend. I'm 15.\n")
    relayed, data = _forward(_mail("jonno <jk.2011@mail.example>", body))
    assert_absent(data, ["Jonah"])
    assert "Ravi is my best friend. I'm 15." in relayed.text
    assert "Team: Ravi and Sam" in relayed.text


# --------------------------------------------------------------------------- labels


def test_a_title_and_a_name_in_capitals_alone_on_a_line_names_the_writer() -> None:
    body = ("hi\nI'm 16 and trans. this is on my box every morning:\n\nMISS LUCY MORGAN\n"
            "Take ONE tablet daily.\n\nthe pharmacist said \"Miss Morgan?\" in the queue.\n"
            "what can I do?\n")
    relayed, data = _forward(_mail("Leo <lm.2010@mail.example>", body))
    assert_absent(data, ["Lucy", "Morgan"])
    assert "Take ONE tablet daily." in relayed.text
    assert "what can I do?" in relayed.text


def test_a_french_label_with_the_surname_first_in_capitals_names_the_writer() -> None:
    body = ("Bonjour,\nj'ai 17 ans. l'étiquette :\n\nMme GIRARD Chloé\n1 comprimé le soir\n\n"
            "la dame a crié \"madame Girard\" dans la file.\nmerci\n")
    relayed, data = _forward(_mail("Noah <noah.g@mail.example>", body))
    assert_absent(data, ["Girard", "Chloé"])
    assert "1 comprimé le soir" in relayed.text


def test_a_teacher_named_with_a_title_in_running_text_or_signing_stays() -> None:
    body = ("hi\nMrs Morgan our teacher is kind.\nShe sent me this:\nDear Leo,\nSee you Monday.\n"
            "Kind regards,\nMR DAVID HUGHES\n\nI'm 15.\n")
    relayed, _ = _forward(_mail("Leo <lm.2010@mail.example>", body))
    assert "Mrs Morgan our teacher is kind." in relayed.text
    assert "MR DAVID HUGHES" in relayed.text


def test_a_film_title_in_capitals_is_no_label() -> None:
    body = "hoi\nwe keken naar MISS SAIGON en MR BEAN\nik ben 13\n"
    relayed, _ = _forward(_mail("Lien <lien.j@mail.example>", body))
    assert "we keken naar MISS SAIGON en MR BEAN" in relayed.text


def test_a_nameplate_quoted_in_a_sentence_is_the_writers_family_name() -> None:
    body = ("coucou\nsur notre sonnette il y a écrit Famille Lambert-Diallo\n"
            "donc ils savent où j'habite.\n")
    relayed, data = _forward(_mail("Zoé <zoe.ld@mail.example>", body))
    assert_absent(data, ["Lambert-Diallo"])
    assert "donc ils savent où j'habite." in relayed.text


def test_a_family_in_a_film_or_a_sentence_stays() -> None:
    body = ("hoi\nwe zijn echt de Familie Flodder thuis\nFamilie is alles voor mijn mama\n"
            "ik ben 14\n")
    relayed, _ = _forward(_mail("Lien <lien.j@mail.example>", body))
    assert "we zijn echt de Familie Flodder thuis" in relayed.text
    assert "Familie is alles voor mijn mama" in relayed.text


def test_the_surname_a_display_names_initial_stands_for_is_replaced() -> None:
    body = ("Hello,\nmy teacher's mail:\n\nFrom: Grace Hill <g.hill@school.example>\n"
            "Sent: 4 March 2026 10:12\nTo: Amira R <amira.r@mail.example>\n"
            "Subject: feedback – Amira Rahman (draft 2)\n\nHi Amira,\ngood draft.\n\n"
            "Should I change it?\n")
    relayed, data = _forward(_mail("Amira R <amira.r@mail.example>", body))
    assert_absent(data, ["Rahman"])
    assert "good draft." in relayed.text


def test_a_friend_with_the_writers_first_name_keeps_an_ordinary_word_after_it() -> None:
    body = "Hello,\nAmira Really helped me today. I'm 16.\n"
    relayed, _ = _forward(_mail("Amira R <amira.r@mail.example>", body))
    assert "Really helped me today. I'm 16." in relayed.text


# --------------------------------------------------------------------------- forms and numbers


def test_a_form_lines_name_field_before_more_fields_takes_the_surname() -> None:
    body = ("allo\nen haut de la copie il y a :\nNom : Léonie Gagnon   Groupe : 204\n"
            "j'ai 15 ans\nLéonie\n")
    relayed, data = _forward(_mail("Léonie <leonie.g@mail.example>", body))
    assert_absent(data, ["Gagnon"])
    assert "Groupe : 204" in relayed.text


def test_numbers_a_school_or_service_files_one_person_under_are_replaced() -> None:
    assert replace_file_numbers("Code permanent : GAGL 1234 5678", "[…]") == \
        "Code permanent : […]"
    assert replace_file_numbers("(UniApply ID 123-456-7890)", "[…]") == "(UniApply ID […])"
    assert replace_file_numbers("N° INAMI 1-23456-78-901", "[…]") == "N° INAMI […]"
    assert replace_file_numbers("Objet : réf. SAJ-LGE/2025/0042", "[…]") == "Objet : réf. […]"


def test_numbers_of_the_story_stay() -> None:
    for text in ("Puzzle #560", "réf. 12", "ID 123456 alone", "order ID 2026",
                 "Total €14.20", "le code permanent est important", "Groupe : 302",
                 "réf. produit 12345", "my student number is 2025-2026-0412",
                 "my student ID is 20231234"):
        assert replace_file_numbers(text, "[…]") == text


def test_the_relayed_mail_keeps_no_file_reference() -> None:
    body = ("bonsoir\nj'ai 15 ans, le SAJ m'a écrit :\nObjet : réf. SAJ-LGE/2025/0042\n"
            "Chère Inès,\nà bientôt.\n\nje comprends pas\n")
    relayed, data = _forward(_mail("Inès <ines.k@mail.example>", body))
    assert_absent(data, ["SAJ-LGE/2025/0042"])
    assert "je comprends pas" in relayed.text
    assert PSEUDONYM in relayed.text
