"""Behaviour tests for what a second adversary of content loss found in the volunteers' rules
added for dev/heldout-v6 (issue 12): a volunteer's "Nee x", "Ok x" or "Ja x" answering the
question right above it taken for the name they sign with; a grade range, a class or a
"plan — B" taken for an initial signed after a dash or a heart (on both sides: the rule is
shared); a young person's or a volunteer's own line in the shape of a spelling checker's
("nagekeken met Mama – zij vond hem goed", "corrigé avec Antidote – parce que je suis
dyslexique") dropped as a tool's line. Each with a guard that what the rule was for still
holds. Names, words and mails are invented."""

from __future__ import annotations

from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _answer, _forward, _mail


def _volunteer(name: str, text: str) -> tuple[str, bytes]:
    address = name.lower().replace(" ", ".") + "@vrijwilligers.example"
    relayed, data = _answer(_mail(f"{name} <{address}>", text), address, name.split()[0])
    return relayed.text, data


# ------------------------------------------------------------ an answer word on the last line

def test_a_volunteers_nee_or_ja_answering_the_question_above_stays() -> None:
    text, _ = _volunteer("Nina Claes", f"Dag {PSEUDONYM},\n\nJe vraagt of het jouw schuld is "
                         "dat hij zo reageert.\n\nNee x\n")
    assert text.rstrip().endswith("Nee x")
    text, _ = _volunteer("Nina Claes", f"Dag {PSEUDONYM},\n\nMoet je je schamen omdat je "
                         "huilt?\n\nNee ❤️\n")
    assert text.rstrip().endswith("Nee ❤️")
    text, _ = _volunteer("Jana Peeters", f"Dag {PSEUDONYM},\n\nMag je boos zijn op je mama? "
                         "Ik denk het wel.\n\nJa x\n")
    assert text.rstrip().endswith("Ja x")
    text, _ = _volunteer("Noah Smith", f"Hi {PSEUDONYM},\n\nYou asked if you did anything "
                         "wrong.\n\nNo x\n")
    assert text.rstrip().endswith("No x")


def test_a_volunteers_ok_on_the_last_line_stays_whatever_their_name() -> None:
    text, _ = _volunteer("Olivia Maes", "Hey,\n\nZullen we dan morgen verder schrijven?\n\n"
                         "Oke x\n")
    assert text.rstrip().endswith("Oke x")
    text, _ = _volunteer("Oksana Kovalenko", f"Dag {PSEUDONYM},\n\nWil je dat ik je volgende "
                         "week nog eens schrijf?\n\nOk x\n")
    assert text.rstrip().endswith("Ok x")


def test_an_answer_word_under_no_question_or_another_language_still_signs() -> None:
    # English text: "Nee" is no word of it (dev/heldout-v6 v-0080).
    text, data = _volunteer("Niamh Walsh", f"Hey {PSEUDONYM},\n\nIt's okay to grieve a "
                            "friendship. Did she say why?\n\nNee x\n")
    assert text.rstrip().endswith("Lumi x")
    assert_absent(data, ["Niamh", "Walsh"])
    # Dutch, but nothing asked above it: a sign-off.
    text, _ = _volunteer("Niamh Walsh", f"Dag {PSEUDONYM},\n\nIk denk aan je en ik lees je "
                         "morgen.\n\nNee x\n")
    assert text.rstrip().endswith("Lumi x")
    # "Ty" by Tyra (round 25) is no answer word.
    text, _ = _volunteer("Tyra Maes", "glad it helped, you did the hard part yourself\n\nTy\n")
    assert "Ty" not in text.split()


# ------------------------------------------------------------ a letter after a mark

def test_a_letter_that_goes_with_the_word_before_the_mark_stays() -> None:
    text, _ = _volunteer("Bart Claes", f"Dag {PSEUDONYM},\n\nProficiat met je rapport, je "
                         "hebt voor Engels zelfs een A - B\n")
    assert "een A - B" in text
    text, _ = _volunteer("Bo Janssens", "Dag,\n\nAls het niet lukt is er nog een plan — B\n")
    assert "plan — B" in text
    relayed, _ = _forward(_mail("Bente Maes <bente.maes@mail.example>",
                                "hoi\nik word gepest door iedereen in mijn klas 4 - B\n"))
    assert "klas 4 - B" in relayed.text
    relayed, _ = _forward(_mail("Dylan Smith <dylan.s@mail.example>",
                                "hi\nthe doctor said I'm low on vitamin 💊 D\n"))
    assert "vitamin 💊 D" in relayed.text
    relayed, _ = _forward(_mail("Bo Wouters <bo.w@mail.example>",
                                "hey\nik heb een plan en als het niet lukt is er altijd nog "
                                "plan 💪 B\n"))
    assert "plan 💪 B" in relayed.text


def test_an_initial_after_a_heart_or_kisses_still_signs() -> None:
    text, data = _volunteer("Marie Smet", "Dag, ik denk aan je ❤️ M\n")
    assert text.rstrip().endswith("❤️ Lumi")
    assert_absent(data, ["Marie", "Smet"])
    relayed, _ = _forward(_mail("Bilal Amrani <bilal.a@mail.example>",
                                "hey\nik weet niet meer wat ik moet doen xx B\n"))
    assert relayed.text.rstrip().endswith(f"xx {PSEUDONYM}")


# ------------------------------------------------------------ a line in a checker's shape

def test_a_writers_own_line_in_a_checkers_shape_stays() -> None:
    relayed, _ = _forward(_mail("Lotte Maes <lotte.maes@mail.example>",
                                "hoi\nik heb een brief geschreven voor mijn juf\n"
                                "nagekeken met Mama – zij vond hem goed\n"))
    assert "nagekeken met Mama – zij vond hem goed" in relayed.text
    relayed, _ = _forward(_mail("Léa Martin <lea.martin@mail.example>",
                                "salut\nj'ai écrit ça tout seul\n"
                                "corrigé avec Antidote – parce que je suis dyslexique\n"))
    assert "parce que je suis dyslexique" in relayed.text
    relayed, _ = _forward(_mail("Amy Lee <amy.lee@mail.example>",
                                "hi\nsorry if my english is weird\n"
                                "checked with Grammarly - english is my third language\n"))
    assert "english is my third language" in relayed.text
    text, _ = _volunteer("Marc Peeters", f"Dag {PSEUDONYM},\n\nIk heb je brief gelezen en een "
                         "paar dingen aangepast.\n\nVerbeterd met Word – de rest is helemaal "
                         "van jou!\n")
    assert "de rest is helemaal van jou!" in text
    text, _ = _volunteer("Kate Brown", f"Hi {PSEUDONYM},\n\nYour letter to the school is "
                         "really good.\n\nChecked with Mum – she agrees.\n\nKate\n")
    assert "Checked with Mum – she agrees." in text


def test_a_checkers_own_line_still_goes() -> None:
    text, _ = _volunteer("Marc Peeters", f"Dag {PSEUDONYM},\n\nJe staat er niet alleen "
                         "voor.\n\nMarc\n\nNagekeken met LanguageTool – schrijf foutloos in 30 "
                         "talen\n")
    assert "LanguageTool" not in text
    assert "Je staat er niet alleen voor." in text
