"""Behaviour tests for the rule that closed part of dev round36's misses (help-seekers on other
people's accounts): the sign-off line of a young person's own text, replaced where the mail's
shape shows it signs (under a closing, or right above the account holder's signature or
closing), also when the name is a word too, initials, framed by emoji or followed by an age.
Names, words and mails are invented, not the corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import Identity, learn_subject_names, replace_seeker_sign_off
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail

MARKER = "[handtekening weggelaten]"


def test_a_first_name_that_is_a_word_above_a_parents_signature_is_replaced() -> None:
    text = ("hoi\nik zit op de computer van mijn papa\nik ben 15 en ik weet niet of ik bi ben\n"
            "kan ik met iemand praten?\nroos\n\n-- \nGert Vandamme\nZaakvoerder Vandamme bv\n"
            "Molenstraat 8, 9000 Gent\n+32 9 111 22 33\n")
    body, data = _forward(_mail("Gert Vandamme <gert@vandamme-bv.example>", text))
    assert f"kan ik met iemand praten?\n{PSEUDONYM}\n" in body.text
    assert "ik ben 15 en ik weet niet of ik bi ben" in body.text
    assert_absent(data, ["roos", "Vandamme"])


def test_a_name_with_an_age_above_closing_lines_of_the_account_is_replaced() -> None:
    text = ("hallo\nik heb een vraag over mijn vriend\nhij wil niet meer met mij praten\n"
            "teun 14\n\nMet vriendelijke groeten\nKind regards\n")
    out = replace_seeker_sign_off(text, MARKER, PSEUDONYM)
    assert f"{PSEUDONYM} 14\n\nMet vriendelijke groeten" in out
    assert "hij wil niet meer met mij praten" in out


def test_initials_and_an_emoji_framed_name_under_a_closing_are_replaced() -> None:
    text = ("Hallo,\n\nIk wil weten of het normaal is dat ik twijfel.\nIk ben 16.\n\n"
            "Groetjes,\nK.M.B.\n")
    assert replace_seeker_sign_off(text, MARKER, PSEUDONYM).endswith(f"Groetjes,\n{PSEUDONYM}\n")
    text = "salut\nje sais pas à qui parler\nma sœur se moque de moi\nbisous\n🌸 noa 🌸\n"
    assert replace_seeker_sign_off(text, MARKER, PSEUDONYM).endswith(f"🌸 {PSEUDONYM} 🌸\n")


def test_two_capitals_above_a_removed_signature_are_initials() -> None:
    text = ("Hi\nthis is my mum's laptop\nI'm 13 and I get picked on at school\n"
            f"what can I do\nRT\n\n{MARKER}\n")
    assert f"what can I do\n{PSEUDONYM}\n\n{MARKER}" in replace_seeker_sign_off(text, MARKER,
                                                                                PSEUDONYM)


def test_ordinary_last_lines_stay() -> None:
    # A word that is no name, a chat word, a closing, capitals that say something: the writer's.
    for last in ("help", "later", "OK", "XD", "bedankt", "ik ben 14"):
        text = f"hoi\nik weet het echt niet meer\nniemand luistert\n{last}\n\n{MARKER}\n"
        assert replace_seeker_sign_off(text, MARKER, PSEUDONYM) == text, last
    # A name on the last line of running text, with neither a closing above nor a signature
    # below, is left to the other rules.
    text = "hoi\nmijn vriendin heet\nroos\n"
    assert replace_seeker_sign_off(text, MARKER, PSEUDONYM) == text


def test_a_first_line_is_never_taken_as_a_sign_off() -> None:
    text = f"wolf\n\n{MARKER}\n"
    assert replace_seeker_sign_off(text, MARKER, PSEUDONYM) == text


def test_a_pupils_name_class_and_school_line_keeps_class_and_school() -> None:
    text = ("Beste Lumi\n\nIk schrijf van mijn schoolaccount want thuis kijkt iedereen mee.\n"
            "Mag ik vragen hoe ik weet of ik een meisje leuk vind?\n\nGroetjes\n"
            "Fien Wouters – 3 TSO a – Sint-Jozef Geel\n")
    body, data = _forward(_mail("\"Wouters Fien\" <fien.wouters@leerling.sintjozef.example>",
                                text))
    assert f"Groetjes\n{PSEUDONYM} – 3 TSO a – Sint-Jozef Geel" in body.text
    assert_absent(data, ["Fien", "Wouters"])


def test_a_parents_card_with_a_role_after_a_dash_still_goes() -> None:
    text = ("hoi\nik gebruik de mail van mijn mama\nik ben 13 en ik word gepest\nwat moet ik doen\n"
            "\nMet vriendelijke groeten\nHilde Maes – Zaakvoerder – Maes Bouw bv\n")
    body, data = _forward(_mail("Hilde Maes <hilde@maesbouw.example>", text))
    assert "Zaakvoerder" not in body.text
    assert "ik ben 13 en ik word gepest" in body.text
    assert_absent(data, ["Hilde", "Maes"])


def test_a_first_name_tagged_with_an_emoji_opening_the_subject_is_learned() -> None:
    text = "ik weet nie goed hoe ik dit moet zeggen\nmijn lief wil da ik foto's stuur\nik ben 15\n"
    message = _mail("moonlight.girl.x@gmail.example", text, Subject="Senne 🌙 vraagje")
    body, data = _forward(message)
    assert "mijn lief wil da ik foto's stuur" in body.text
    assert_absent(data, ["Senne"])


def test_a_word_or_lower_case_word_before_an_emoji_in_the_subject_is_not_learned() -> None:
    nobody = Identity(addresses=("x@y.example",))
    for subject in ("Hoop 🙏 iemand helpt", "Help 😭", "senne 🌙 vraagje", "Vraag ✨ over school"):
        assert learn_subject_names(subject, nobody).names == (), subject


def test_a_surname_that_is_a_word_signing_the_writers_quoted_mail_is_learned() -> None:
    text = ("Merci pour la réponse, ça m'aide beaucoup.\n\n________________________________\n"
            "De : lili.r@hotmail.example\nEnvoyé : mardi 3 mars 2026 20:10\n"
            "À : hulp@lumi.example\nObjet : question\n\n"
            "Bonjour, j'ai 15 ans et je crois que je suis amoureuse de ma voisine.\nBisous,\n"
            "Lilou Rose 3e A\n")
    body, data = _forward(_mail("lili.r@hotmail.example", text))
    assert "je crois que je suis amoureuse de ma voisine" in body.text
    assert_absent(data, ["Lilou", "Rose"])


def test_a_word_after_a_name_in_the_quoted_mail_that_is_no_name_is_not_learned() -> None:
    text = ("Merci encore.\n\n________________________________\nDe : lili.r@hotmail.example\n"
            "Envoyé : mardi 3 mars 2026 20:10\nÀ : hulp@lumi.example\nObjet : question\n\n"
            "Bonjour, ma question est simple.\nLilou Merci\n")
    body, _ = _forward(_mail("lili.r@hotmail.example", text))
    assert "Merci encore." in body.text


def test_a_name_above_the_account_holders_card_in_the_writers_quoted_mail_is_learned() -> None:
    text = ("bedankt voor jullie antwoord, ik heb het goed gelezen\n"
            "ik schrijf weer van papa zijn gsm\n"
            "\nVan: Dirk Lenaerts <dirk.lenaerts@boekhouding-lenaerts.example>\n"
            "Verzonden: maandag 2 maart 2026 19:12\nAan: hulp@lumi.example\nOnderwerp: vraag\n\n"
            "hoi ik ben 12 en ik denk dat ik anders ben dan de rest van mijn klas\nYara\n\n"
            "Met vriendelijke groeten,\nDirk Lenaerts\nBoekhouder\n")
    body, data = _forward(_mail("Dirk Lenaerts <dirk.lenaerts@boekhouding-lenaerts.example>",
                                text))
    assert "ik denk dat ik anders ben dan de rest van mijn klas" in body.text
    assert_absent(data, ["Yara", "Lenaerts"])


def test_a_nickname_explained_in_brackets_above_a_signature_is_replaced() -> None:
    text = ("hey\nthis is my aunt's laptop\nI'm 14 and someone keeps sharing my pics\n"
            "what should I do\nmoth (my friends call me that, not my real name)\n\n"
            f"{MARKER}\n")
    out = replace_seeker_sign_off(text, MARKER, PSEUDONYM)
    assert f"what should I do\n{PSEUDONYM} (my friends call me that, not my real name)" in out


def test_what_bullies_call_them_in_brackets_stays() -> None:
    for last in ("sissy (that's what they call me at school)", "dyke (my friends call me that)"):
        text = f"hey\nthey laugh at me every day\nwhat should I do\n{last}\n\n{MARKER}\n"
        assert replace_seeker_sign_off(text, MARKER, PSEUDONYM) == text, last
