"""Behaviour tests for the rules that closed dev/heldout-v12's volunteer misses (and the round57
ones the same rules close): a word ending a hard-wrapped line is no sign-off, even when it starts
like the volunteer's surname ("… een dokter, die / dag zelf."); "ik ben Franstalig" says what
language the writer speaks, it is no name; French Windows Mail's "Envoyé à partir de Courrier
pour Windows" is a client line; a relative named across a line break ("Mijn / kleindochter
Fien", "Mijn dochter / Lore"); a partner said as "mijn vriendin X", "mon copain X", "my
girlfriend X". With guards that the rules leave the writer's words in near shapes alone. Names,
words and mails are invented, not the corpus's."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _forward, _mail

QUOTE = ("Op ma 2 mrt 2026 om 10:00 schreef Lumi <c.abcdefghij234567abcd@lumi.example>:\n"
         "> ik weet niet hoe ik het aan mijn ouders moet zeggen\n")


def _raw_answer(sender: str, body: str) -> EmailMessage:
    """A plain answer whose body is sent exactly as written (no re-wrapping)."""
    raw = (f"From: {sender}\nTo: c.abcdefghij234567abcd@lumi.example\nSubject: Re: [{PSEUDONYM}]\n"
           "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
           f"Content-Transfer-Encoding: 8bit\n\n{body}")
    return email.message_from_bytes(raw.encode("utf-8"), policy=email.policy.default)  # type: ignore[return-value]


# ------------------------------------------------------------ a word at a hard wrap signs nothing


def test_a_word_at_a_hard_wrap_that_starts_like_the_surname_stays_a_word() -> None:
    # Three lines above the name and the client line under it: the lines that close the text.
    body = (f"Dag {PSEUDONYM},\n\nAls het niet beter gaat, vraag het dan aan je mentor, die\n"
            "weet wel bij wie je terecht kan.\n\nSchrijf je me terug?\n\nSofie\n\n"
            "Verzonden met Proton Mail\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Sofie Dieltjens <sofie.dieltjens@mail.example>", body),
                            "sofie.dieltjens@mail.example", "Sofie")
    assert "vraag het dan aan je mentor, die\nweet wel bij wie je terecht kan." in relayed.text
    assert_absent(data, ["Sofie", "Dieltjens"])


def test_a_short_form_closing_the_last_line_still_signs() -> None:
    body = f"Dag {PSEUDONYM},\n\nJe bent niet alleen hierin. Veer\n\n" + QUOTE
    relayed, data = _answer(_raw_answer("Veerle Claes <veerle.claes@mail.example>", body),
                            "veerle.claes@mail.example", "Veerle")
    assert "Je bent niet alleen hierin." in relayed.text
    assert_absent(data, ["Veer", "Claes"])


def test_a_short_form_above_a_lower_case_ps_still_signs() -> None:
    body = (f"Dag {PSEUDONYM},\n\nJe bent niet alleen hierin. Veer\nps: schrijf gerust terug\n\n"
            + QUOTE)
    relayed, data = _answer(_raw_answer("Veerle Claes <veerle.claes@mail.example>", body),
                            "veerle.claes@mail.example", "Veerle")
    assert "schrijf gerust terug" in relayed.text
    assert_absent(data, ["Veer", "Claes"])


# ------------------------------------------------------------ the language one speaks


def test_franstalig_after_ik_ben_is_the_language_not_a_name() -> None:
    body = (f"Hallo {PSEUDONYM},\n\nHeimwee is heel normaal in de eerste maanden.\n\n"
            "Groetjes,\nHélène\n\nsorry voor mijn Nederlands, ik ben Franstalig en ik leer "
            "nog.\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Hélène Marchal <helene.marchal@mail.example>", body),
                            "helene.marchal@mail.example", "Hélène")
    assert "ik ben Franstalig en ik leer" in relayed.text
    assert_absent(data, ["Hélène", "Marchal"])


def test_je_suis_neerlandophone_and_im_bilingual_stay_words() -> None:
    message = _mail("Inès Lambert <ines.lambert@mail.example>",
                    "bonjour, je suis néerlandophone à l'école mais à la maison on parle arabe\n"
                    "et franchement I'm bilingual now\nj'ai 15 ans et j'ai une question\n")
    relayed, data = _forward(message)
    assert "je suis néerlandophone à l'école" in relayed.text
    assert "I'm bilingual now" in relayed.text
    assert_absent(data, ["Inès", "Lambert"])


def test_a_name_after_ik_ben_is_still_a_name() -> None:
    message = _mail("Lumi fan <lumifan2010@mail.example>",
                    "hoi ik ben Natalia en ik ben 14\nik durf niet naar school\n")
    relayed, data = _forward(message)
    assert "ik durf niet naar school" in relayed.text
    assert_absent(data, ["Natalia"])


# ------------------------------------------------------------ French Windows Mail


def test_the_french_windows_mail_client_line_does_not_cross() -> None:
    body = (f"Salut {PSEUDONYM},\n\nRedoubler ne dit rien sur ton intelligence.\n\nCourage,\n"
            "Karim\n\nps: j'écris vite entre deux cours, donc pardon pour les fautes de frappe\n\n"
            "Envoyé à partir de Courrier pour Windows\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Karim Benali <karim.benali@mail.example>", body),
                            "karim.benali@mail.example", "Karim")
    assert "donc pardon pour les fautes de frappe" in relayed.text
    assert_absent(data, ["Courrier pour Windows", "Karim", "Benali"])


def test_envoye_a_partir_de_with_a_place_in_lower_case_stays() -> None:
    body = (f"Salut {PSEUDONYM},\n\nRedoubler ne dit rien sur ton intelligence.\n"
            "Envoyé à partir de la salle d'attente du dentiste, donc court.\n\nKarim\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Karim Benali <karim.benali@mail.example>", body),
                         "karim.benali@mail.example", "Karim")
    assert "Envoyé à partir de la salle d'attente du dentiste, donc court." in relayed.text


# ------------------------------------------------------------ relatives across a line break


def test_a_grandchild_named_after_a_line_break_inside_the_phrase_is_replaced() -> None:
    body = (f"Dag {PSEUDONYM},\n\nEr bestaan goede boeken over kinderen van wie de papa weg is. "
            "Mijn\nkleindochter Wanda heeft me geholpen zoeken in de bib.\n\n"
            "Hartelijke groeten,\nMieke\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Mieke Goossens <mieke.goossens@mail.example>", body),
                            "mieke.goossens@mail.example", "Mieke")
    assert "heeft me geholpen zoeken in de bib." in relayed.text
    assert_absent(data, ["Wanda", "Mieke", "Goossens"])


def test_a_daughter_named_on_the_next_line_is_replaced() -> None:
    body = (f"Dag {PSEUDONYM},\n\nHet is niet te laat om vrienden te maken. Mijn dochter\n"
            "Roos leerde haar beste vriendin pas in het laatste jaar kennen.\n\n"
            "Veel liefs,\nMieke\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Mieke Goossens <mieke.goossens@mail.example>", body),
                            "mieke.goossens@mail.example", "Mieke")
    assert "leerde haar beste vriendin pas in het laatste jaar kennen." in relayed.text
    assert_absent(data, ["Roos"])


def test_a_capital_after_a_relative_and_a_blank_line_is_no_name() -> None:
    body = (f"Dag {PSEUDONYM},\n\nIk denk vaak aan mijn dochter\n\nWessel is een naam die je "
            "vaak hoort in de klas, schreef je.\n\nVeel liefs,\nMieke\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Mieke Goossens <mieke.goossens@mail.example>", body),
                         "mieke.goossens@mail.example", "Mieke")
    assert "Wessel is een naam die je vaak hoort in de klas, schreef je." in relayed.text


# ------------------------------------------------------------ a partner as "mijn vriendin"


def test_mijn_vriendin_and_mon_copain_name_a_partner() -> None:
    body = (f"Hoi {PSEUDONYM},\n\nHoe oké was het, op tien? Mijn vriendin Femke lacht me altijd "
            "uit met mijn 'wel oké'.\n\nLaura\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Laura Peeters <laura.peeters@mail.example>", body),
                            "laura.peeters@mail.example", "Laura")
    assert "lacht me altijd uit met mijn 'wel oké'." in relayed.text
    assert_absent(data, ["Femke", "Laura"])
    body = (f"salut {PSEUDONYM}\n\nmon copain Yanis lui a dit : tu ne casses rien.\n\nbisous\n"
            "Léa\n\n" + QUOTE)
    relayed, data = _answer(_raw_answer("Léa Dubois <lea.dubois@mail.example>", body),
                            "lea.dubois@mail.example", "Léa")
    assert "lui a dit : tu ne casses rien." in relayed.text
    assert_absent(data, ["Yanis"])


def test_a_best_friend_and_a_friend_of_mine_stay_named() -> None:
    body = (f"Hoi {PSEUDONYM},\n\nMijn beste vriendin Femke had dat ook. Een vriend van mij, "
            "Bert, ook.\n\nLaura\n\n" + QUOTE)
    relayed, _ = _answer(_raw_answer("Laura Peeters <laura.peeters@mail.example>", body),
                         "laura.peeters@mail.example", "Laura")
    assert "Mijn beste vriendin Femke had dat ook. Een vriend van mij, Bert, ook." in relayed.text


def test_a_help_seekers_girlfriend_stays_in_their_own_mail() -> None:
    message = _mail("Jonas Wouters <jonas.wouters@mail.example>",
                    "hoi, mijn vriendin Elise wil dat ik elke avond mijn locatie deel\n"
                    "is dat normaal?\n")
    relayed, _ = _forward(message)
    assert "mijn vriendin Elise wil dat ik elke avond mijn locatie deel" in relayed.text
