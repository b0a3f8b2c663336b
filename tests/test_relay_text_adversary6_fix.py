"""Behaviour tests for what an adversary of content loss found in the relay's rules of
dev/heldout-v5 (and the known loss of a signed name with a short line under it): a young
person's last line under their signed name; a friend's or sibling's name taken for the
writer's after "known as", "posted on … under" and a line that wants its object; a word of
the address spelled in Cyrillic; the IP addresses that point at no one; a note a child wrote
to a friend. Each with a guard that what the rule was for still holds. Names, words and mails
are invented."""

from __future__ import annotations

from mailhandler.core.scrub import Identity
from mailhandler.core.scrub.contacts import replace_contact_details
from mailhandler.core.scrub.names import learn_names
from tests.conftest import assert_absent
from tests.test_relay_text import PSEUDONYM, _forward, _mail

PLACEHOLDER = "[…]"


# ------------------------------------------------------------- a last line under the name

def test_a_short_line_under_the_signed_name_is_the_writers_and_arrives() -> None:
    body = ("hey\n\nmy mum keeps reading my phone and i dont feel safe talking at home\n"
            "i just need someone to listen\n\n— Kwabena\n\nnot sure what I want back\n")
    relayed, data = _forward(_mail("Kwabena Owusu <kwabena.o@mail.example>", body))
    assert "not sure what I want back" in relayed.text
    assert f"— {PSEUDONYM}" in relayed.text
    assert_absent(data, ["Kwabena", "Owusu"])


def test_a_last_line_under_the_name_arrives_in_dutch_french_and_as_one_word() -> None:
    cases = [
        ("Lotte Vermeulen <lotte.v@mail.example>",
         "hoi\nik voel me al weken slecht\n\n- Lotte\n\nmoet ge nie direct antwoorden hoor\n",
         "moet ge nie direct antwoorden hoor", ["Lotte", "Vermeulen"]),
        ("Inès Dubois <ines.d@mail.example>",
         "salut\nmes parents se disputent tout le temps\n\nInès\n\npas besoin de répondre vite\n",
         "pas besoin de répondre vite", ["Inès", "Dubois"]),
        ("Kwabena Owusu <kwabena.o@mail.example>",
         "hey\n\nmy mum keeps reading my phone\n\nKwabena\nps dont tell my school\n",
         "ps dont tell my school", ["Kwabena"]),
        ("Kwabena Owusu <kwabena.o@mail.example>",
         "hey\n\nmy mum keeps reading my phone\n\n— Kwabena\n\nhelp\n", "help", ["Kwabena"]),
    ]
    for sender, body, kept, gone in cases:
        relayed, data = _forward(_mail(sender, body))
        assert kept in relayed.text, body
        assert_absent(data, gone)


def test_an_organisations_line_under_the_name_still_goes_with_it() -> None:
    for card in ("Jan Peeters\nCAW Antwerpen\n", "Jan Peeters\nvzw Kind en Gezin Mol\n",
                 "Jan Peeters\nLeerling 5B\n"):
        body = "Beste,\n\nIk schrijf voor mijn zoon die het moeilijk heeft op school.\n\n" + card
        relayed, data = _forward(_mail("Jan Peeters <jan.peeters@mail.example>", body))
        assert "[handtekening weggelaten]" in relayed.text, card
        assert_absent(data, ["Jan", "Peeters", *card.split("\n")[1:2]])


# --------------------------------------------------------------------------- someone else's name

def test_a_name_followed_by_whose_words_is_no_name_of_the_writer() -> None:
    who = Identity(addresses=("fien2010@mail.example",))
    for text in ("hoi\niedereen kent me als Lotte haar broer, niemand weet hoe ik zelf heet\n",
                 "iemand postte op insta onder Noor haar foto dat ik dik ben\n",
                 "someone posted on insta under Lisa's selfie that I'm fat\n",
                 "i wrote on discord under Ryan his message that he should stop\n"):
        # (The address's own first name, "Fien", is learned from the address alone.)
        assert learn_names(text, who) == learn_names("hoi\n", who), text


def test_the_name_the_writer_is_known_by_or_writes_under_is_still_learned() -> None:
    who = Identity(addresses=("fien2010@mail.example",))
    assert "Dribbel" in learn_names("op de club kennen ze me als Dribbel\n", who).names
    assert "quietfoxglove" in learn_names(
        "i write fanfiction on wattpad under quietfoxglove and people are mean\n", who).names


def test_a_name_alone_under_a_line_that_wants_its_object_is_whom_it_is_about() -> None:
    who = Identity(addresses=("sam2010@mail.example",))
    for text in ("hoi\nik weet niet wat ik moet doen\nik heb ruzie met\nLore\n",
                 "hoi\nik weet niet wat ik moet doen\nze heet\nLore\n-- \nBibliotheek Mol\n"
                 "Gelieve je af te melden na gebruik\n"):
        assert "Lore" not in learn_names(text, who).names, text


def test_a_name_alone_under_a_closing_or_a_sentence_still_signs() -> None:
    who = Identity(addresses=("lore2010@mail.example",))
    for text in ("hoi\nik weet niet wat ik moet doen\ngroetjes van\nLore\n",
                 "hoi\nik weet niet wat ik moet doen\nik ben erg bang\nLore\n"):
        assert "Lore" in learn_names(text, who).names, text


def test_a_note_a_child_wrote_to_a_friend_keeps_the_friends_name() -> None:
    who = Identity(addresses=("karin.w@mail.example",), names=("Karin Wouters",))
    text = ("Goedemiddag,\nMijn dochter heeft dit briefje geschreven voor haar vriendin:\n"
            "\"het spijt me echt, Lore\"\nIk weet niet wat er gebeurd is tussen hen.\n")
    assert "Lore" not in learn_names(text, who).names
    signed = text.replace("het spijt me echt, Lore", "sorry mama ik zal braaf zijn, liefs, Jitske")
    assert "Jitske" in learn_names(signed, who).names


# --------------------------------------------------------------------------- Cyrillic, IP addresses

def test_a_pet_word_of_the_address_keeps_its_cyrillic_spelling() -> None:
    relayed, _ = _forward(_mail("kotyk2010@mail.example",
                                "привіт\nмій котик помер вчора і я не можу перестати плакати\n"))
    assert "мій котик помер" in relayed.text


def test_a_name_of_the_address_written_with_a_capital_in_cyrillic_is_replaced() -> None:
    _, data = _forward(_mail("sofiia.m@mail.example", "привіт\nМене звати Софія, мені 14\n"))
    assert_absent(data, ["Софія", "sofiia"])


def test_addresses_that_point_at_no_one_stay_and_the_writers_goes() -> None:
    for text in ("ik heb de dns op 1.1.1.1 gezet zodat mijn ouders niet zien wat ik zoek",
                 "papa heeft op de router 192.168.1.1 alles geblokkeerd",
                 "ik gebruik 8.8.8.8 en 127.0.0.1"):
        assert replace_contact_details(text, PLACEHOLDER) == text
    assert replace_contact_details("vanaf IP 203.0.113.9", PLACEHOLDER) == f"vanaf IP {PLACEHOLDER}"


def test_a_short_form_of_the_name_under_it_still_goes_with_the_name() -> None:
    body = ("Salut,\n\nje sais pas à qui parler, mes parents crient tout le temps\n\n"
            "Sophie\nSo pour les intimes\n")
    relayed, data = _forward(_mail("Sophie Hanse <sophie.hanse@mail.example>", body))
    assert "So pour les intimes" not in relayed.text
    assert "mes parents crient tout le temps" in relayed.text
    assert_absent(data, ["Sophie", "Hanse"])
