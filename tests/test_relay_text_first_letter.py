"""A mail arrives whole whatever its first bytes look like, both ways.

"Ç", "É", "À" and "Ü" start with the byte 0xC3 in UTF-8, which is also the first byte of a
binary OpenPGP packet: "Ça va pas du tout" was read as an encrypted message and held back, and
the volunteer got an empty forward. A real packet is still withheld as one. In the same way a
body that opens with what a file format's magic also spells ("#!", "ID3", "BZh", "GIF89a") was
withheld whole as an executable, audio, an archive or an image.
"""

from __future__ import annotations

import pytest

from mailhandler.core.sniff import pgp_packet
from tests.test_relay_text import _answer, _forward, _mail

OPENINGS = [
    "Ça va pas du tout, je me sens seule depuis la rentrée.",
    "Élève de 4e, je me fais insulter dans le bus tous les jours.",
    "À l'école ils disent que je suis bizarre.",
    "Über die Sache mit meinem Vater kann ich nicht reden.",
    "Één ding wil ik vragen: mag ik later nog eens schrijven?",
    "Ökologie is mijn lievelingsvak maar in de klas pesten ze me.",
]


@pytest.mark.parametrize("opening", OPENINGS)
def test_a_young_persons_mail_that_opens_with_an_accented_capital_arrives(opening: str) -> None:
    body, _ = _forward(_mail("Inès Dupont <ines.dupont@thuis.example>", f"{opening}\nmerci\n"))
    assert opening in body.text and "merci" in body.text
    assert body.withheld == ()


@pytest.mark.parametrize("opening", OPENINGS[:3])
def test_a_volunteers_answer_that_opens_with_an_accented_capital_arrives(opening: str) -> None:
    body, _ = _answer(_mail("Vera Verstraete <vera@vrijwilligers.example>", f"{opening}\n"),
                      "vera@vrijwilligers.example", "Vera")
    assert opening in body.text


@pytest.mark.parametrize("text", [
    "#!!! help ik weet het niet meer wat ik moet doen",
    "ID3 van mijn klas is raar, ze lachen me uit",
    "BZh zo moe van alles",
    "GIF89a lol dat was de naam van mijn oude account",
    "OggS is een woord dat ik zelf verzon",
])
def test_a_body_whose_first_bytes_spell_a_file_format_arrives_as_text(text: str) -> None:
    body, _ = _forward(_mail("Inès Dupont <ines.dupont@thuis.example>", f"{text}\nmerci\n"))
    assert text in body.text and body.withheld == ()


def test_a_binary_declared_as_a_text_body_is_still_withheld() -> None:
    message = _mail("Inès Dupont <ines.dupont@thuis.example>", "kijk\n")
    message.add_attachment(b"MZ" + bytes(200), maintype="text", subtype="plain",
                           disposition="inline")
    body, _ = _forward(message)
    assert "kijk" in body.text and body.withheld


@pytest.mark.parametrize(("data", "kind"), [
    (b"\x99\x01\x0d\x04" + bytes(30), "pgp-key"),             # old format, public key, v4
    (b"\x89\x02\x33\x04" + bytes(30), "pgp-signature"),       # old format, signature, v4
    (b"\xc3\x0d\x04\x09\x03" + bytes(30), "pgp-encrypted"),   # new format, tag 3: 0xC3 too
    (b"\x84\x5e\x03" + bytes(90), "pgp-encrypted"),           # a session key packet, v3
])
def test_a_binary_openpgp_packet_is_still_recognised(data: bytes, kind: str) -> None:
    found = pgp_packet(data)
    assert found is not None and found.name == kind


@pytest.mark.parametrize("text", ["Ça", "Élève", "Über", "À\n", "Ça va\x0cpage 2"])
def test_text_is_no_openpgp_packet(text: str) -> None:
    assert pgp_packet(text.encode()) is None


@pytest.mark.parametrize("text", ["hoi hoi hoi hoi\n-\nPeur!!\n", "Être!!\n",
                                  "ça va pas\n\nPourquoi??\n"])
def test_a_capitalised_word_cried_out_alone_on_the_last_line_is_kept(text: str) -> None:
    # Found by the relay's property when it drew French words: the word lists hold Dutch and
    # English words only, so "Peur" read as a name signed with something after it, as "Ellie x".
    forward, _ = _forward(_mail("Robin Claes <robin@gezin.example>", text))
    answer, _ = _answer(_mail("Vera Verstraete <vera@vrijwilligers.example>", text),
                        "vera@vrijwilligers.example", "Vera")
    last = text.strip().splitlines()[-1]
    assert last in forward.text and last in answer.text


def test_a_name_with_kisses_on_the_last_line_still_signs() -> None:
    body, _ = _forward(_mail("Robin Claes <robin@gezin.example>", "ik ben zo moe\n\nEllie x\n"))
    assert "Ellie" not in body.text and "ik ben zo moe" in body.text
