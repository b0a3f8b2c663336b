"""Behaviour tests for the rules that closed part of dev/heldout-v4/seeker-mixed's misses
(help-seekers in French, English and Dutch): a line written in capitals, where the capital after
"je suis" is no cue to a name; a child who denies the account's holder writes and names
themselves by their relation to them; a child on a parent's or the family's account who signs
with a first name that is also a common word. Names, words and mails are invented, not the
corpus's."""

from __future__ import annotations

from mailhandler.core.scrub import Identity, learn_names
from tests.test_relay_text import PSEUDONYM, _forward, _mail

# --------------------------------------------------------------------------- a line in capitals


def test_a_preposition_after_je_suis_in_a_shouted_mail_stays() -> None:
    body = ("JE SUIS CHEZ MON ONCLE CE SOIR\n"
            "JE VEUX PAS RENTRER CHEZ NOUS TANT QU'IL EST LÀ\n"
            "AIDEZ MOI\n")
    relayed, _ = _forward(_mail("Margaux Lemaire <margaux.lem@mail.example>", body))
    assert "JE SUIS CHEZ MON ONCLE CE SOIR" in relayed.text
    assert "RENTRER CHEZ NOUS" in relayed.text


def test_a_shouted_adjective_after_je_suis_is_no_name() -> None:
    who = Identity(addresses=("margaux.lem@mail.example",), names=("Margaux Lemaire",))
    for line in ("JE SUIS ÉPUISÉE ET PERSONNE M'ÉCOUTE", "JE SUIS AVEC MON FRÈRE DEHORS",
                 "C'EST INJUSTE CE QU'ILS FONT"):
        learned = learn_names(f"{line}\nQU'EST CE QUE JE DOIS FAIRE\n", who)
        assert learned == who, line


def test_a_first_name_after_je_suis_in_a_shouted_mail_is_still_replaced() -> None:
    body = "BONJOUR JE SUIS NOÉMIE J'AI 13 ANS\nMON PÈRE ME FRAPPE\n"
    relayed, _ = _forward(_mail("Karim Haddad <k.haddad@mail.example>", body))
    assert "NOÉMIE" not in relayed.text
    assert f"JE SUIS {PSEUDONYM} J'AI 13 ANS" in relayed.text
    assert "MON PÈRE ME FRAPPE" in relayed.text


def test_a_shouted_name_the_address_holds_is_still_learned() -> None:
    who = Identity(addresses=("zarko.vd@mail.example",), names=())
    learned = learn_names("IK BEN ZARKO EN IK WEET HET NIET MEER\n", who)
    assert "ZARKO" in learned.names


def test_a_capitalised_word_after_je_suis_in_mixed_case_is_learned_as_before() -> None:
    who = Identity(addresses=("k.haddad@mail.example",), names=("Karim Haddad",))
    learned = learn_names("Bonjour, je suis Zarko et j'ai une question.\n", who)
    assert "Zarko" in learned.names


# --------------------------------------------------------------------------- who writes instead


def test_a_child_named_after_a_denial_of_the_holder_is_replaced() -> None:
    body = ("salut c'est pas mon père qui écrit c'est son fils Ilyes j'ai 13 ans\n"
            "je prends son ordi quand il dort\n")
    relayed, _ = _forward(_mail("Mourad Haddi <m.haddi@mail.example>", body))
    assert "Ilyes" not in relayed.text
    assert f"c'est pas mon père qui écrit c'est son fils {PSEUDONYM} j'ai 13 ans" in relayed.text


def test_a_daughter_named_after_a_denial_in_dutch_is_replaced() -> None:
    body = "dit is niet mijn papa, ik ben zijn dochter Fien en ik ben 12\nhij weet het niet\n"
    relayed, _ = _forward(_mail("Geert Wouters <geert.w@mail.example>", body))
    assert "Fien" not in relayed.text
    assert "ik ben zijn dochter" in relayed.text and "hij weet het niet" in relayed.text


def test_a_relatives_name_in_a_cleft_sentence_about_another_stays() -> None:
    who = Identity(addresses=("m.haddi@mail.example",), names=("Mourad Haddi",))
    for line in ("ma voisine n'est pas méchante, c'est sa fille Maëlle qui me tape",
                 "I'm not scared of my neighbour, this is his son Dorian who hits me"):
        learned = learn_names(f"{line}\nje sais pas quoi faire\n", who)
        assert learned == who, line


def test_a_relatives_name_in_a_cleft_about_who_writes_is_learned() -> None:
    who = Identity(addresses=("m.haddi@mail.example",), names=("Mourad Haddi",))
    learned = learn_names("c pas papa c'est sa fille Maëlle qui écrit\nj'ai 11 ans\n", who)
    assert "Maëlle" in learned.names


# --------------------------------------------------------------------------- a family's account


def test_a_child_on_the_familys_account_signing_with_a_word_name_is_replaced() -> None:
    body = ("Bonjour,\nJe suis la fille de cette famille, j'ai 15 ans.\n"
            "Ma mère dit que ce que je ressens est un péché.\n"
            "Est-ce que je peux quand même aller à l'église ?\nGrace\n")
    relayed, _ = _forward(_mail("Famille Mbuyi <famille.mbuyi@mail.example>", body))
    assert "Grace" not in relayed.text
    assert "Est-ce que je peux quand même aller à l'église ?" in relayed.text
    assert relayed.text.count(PSEUDONYM) >= 1


def test_a_son_on_his_parents_account_signing_with_a_word_name_is_replaced() -> None:
    body = ("hallo\nik ben hun zoon, ik ben 14\nik denk dat ik op jongens val\nis dat erg?\n"
            "Sky 💙\n")
    relayed, _ = _forward(_mail("Gezin Claeys <gezin.claeys@mail.example>", body))
    assert "Sky" not in relayed.text
    assert "ik denk dat ik op jongens val" in relayed.text and "is dat erg?" in relayed.text


def test_a_closing_formula_on_the_familys_account_stays() -> None:
    who = Identity(addresses=("famille.mbuyi@mail.example",), names=("Famille Mbuyi",))
    text = "this is their daughter writing\ni'm 13 and i like a girl in my class\nPeace\n"
    assert learn_names(text, who) == who


def test_a_word_closing_the_text_without_a_relative_said_stays() -> None:
    who = Identity(addresses=("famille.mbuyi@mail.example",), names=("Famille Mbuyi",))
    text = "i'm 13 and i like a girl in my class\nwhat do i do?\nHope\n"
    assert learn_names(text, who) == who


def test_a_word_the_child_also_writes_in_lower_case_stays() -> None:
    who = Identity(addresses=("famille.mbuyi@mail.example",), names=("Famille Mbuyi",))
    text = "this is his kid, i'm 12\ni don't feel any joy at home anymore\nJoy\n"
    assert learn_names(text, who) == who


def test_a_word_closing_with_a_full_stop_stays() -> None:
    who = Identity(addresses=("gezin.claeys@mail.example",), names=("Gezin Claeys",))
    text = "ik ben hun dochter\nmoet ik het zeggen tegen mijn ouders? ik denk het wel\nHope.\n"
    assert learn_names(text, who) == who


# ------------------------------------------------------------------- narrowed after an adversary


def test_a_relatives_name_the_writer_is_unsure_of_stays() -> None:
    who = Identity(addresses=("m.haddi@mail.example",), names=("Mourad Haddi",))
    for line in ("je suis pas sûre si c'est son fils Nathan ou son neveu",
                 "im not sure if this is his son Noah or his nephew",
                 "ik weet niet zeker of dit is zijn zoon Milan of zijn neef"):
        learned = learn_names(f"iemand stuurt me rare berichten\n{line}\nwat moet ik doen\n", who)
        assert learned == who, line


def test_a_child_who_types_or_sends_from_the_holders_account_is_replaced() -> None:
    for body, name in (
            ("bonsoir c'est sa fille Inaya qui tape, pas maman\nmon frère me frappe\n", "Inaya"),
            ("hey this is his daughter Nora who is typing this, not dad\nmy mum drinks\n", "Nora"),
            ("hoi dit is zijn zoon Seppe die dit bericht stuurt, niet papa\nik word gepest\n",
             "Seppe")):
        relayed, _ = _forward(_mail("Mourad Haddi <m.haddi@mail.example>", body))
        assert name not in relayed.text, body
        assert body.splitlines()[1] in relayed.text


def test_a_relative_who_sends_the_writer_things_is_no_writer() -> None:
    who = Identity(addresses=("m.haddi@mail.example",), names=("Mourad Haddi",))
    for line in ("c'est son fils Nathan qui m'envoie des photos",
                 "this is her son Noah who keeps sending me messages"):
        learned = learn_names(f"{line}\nje sais pas quoi faire\n", who)
        assert learned == who, line


def test_the_last_item_of_a_list_is_no_sign_off() -> None:
    body = ("hi\nmy dad never listens, he forgets im his daughter as well\n"
            "what helps me:\nDrawing\nMy hamster\nAutumn\n")
    relayed, _ = _forward(_mail("Gezin Claeys <gezin.claeys@mail.example>", body))
    assert "Autumn" in relayed.text and "My hamster" in relayed.text


def test_a_relative_said_in_a_story_is_no_family_account() -> None:
    who = Identity(addresses=("famille.mbuyi@mail.example",), names=("Famille Mbuyi",))
    for text in ("honestly she forgot im her daughter\ni just want one thing\nHope\n",
                 "ma tante dit que je suis sa fille préférée mdr\nmoi je veux juste de la\n"
                 "Patience\n"):
        assert learn_names(text, who) == who, text
