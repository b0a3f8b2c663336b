"""Old clients' charsets: the writer's words arrive as they wrote them.

Tried from outside: 8-bit Latin-1 without a charset arrived as "\ufffd\ufffdn keer",
Windows-1252 labelled iso-8859-1 (Outlook's classic mistake) brought C1 control
characters where the quotes were, and UTF-8 labelled Latin-1 arrived as mojibake.
"""

from __future__ import annotations

import email
import email.policy

import pytest

from mailhandler.core.message import decode_body
from mailhandler.core.relay import Replacement, forward_body
from mailhandler.core.scrub import Identity

REPLACEMENT = Replacement(Identity(addresses=("noor@gezin.example",), names=("Noor",)),
                          "c.x@lumi.example", "K7Q2MX")


def _mail(charset_param: str, body: bytes) -> bytes:
    return (b"From: <noor@gezin.example>\r\nTo: hulp@lumi.example\r\nSubject: hoi\r\n"
            b"MIME-Version: 1.0\r\nContent-Type: text/plain" + charset_param.encode()
            + b"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + b"\r\n")


@pytest.mark.parametrize("charset_param,body,words", [
    ("", "Ik heb het maar één keer gezegd. Ça va.".encode("latin-1"),
     "Ik heb het maar één keer gezegd. Ça va."),
    ('; charset="iso-8859-1"', "Hij zei \u2018niemand\u2019 \u2013 écoutez".encode("cp1252"),
     "Hij zei \u2018niemand\u2019 \u2013 écoutez"),
    ('; charset="iso-8859-1"', "Ik voel me één keer blij, ça va".encode(),
     "Ik voel me één keer blij, ça va"),
    ('; charset="iso-8859-1"', "Het is één keer gebeurd".encode("latin-1"),
     "Het is één keer gebeurd"),
    ('; charset="us-ascii"', "ik ben één".encode(), "ik ben één"),
    ('; charset="x-unknown"', "gewoon één woord".encode(), "gewoon één woord"),
])
def test_a_help_seekers_words_arrive_as_written_whatever_the_charset_says(
        charset_param: str, body: bytes, words: str) -> None:
    message = email.message_from_bytes(_mail(charset_param, body), policy=email.policy.default)
    out = forward_body(message, REPLACEMENT, "lumi.example", "[afbeelding verwijderd]")
    assert words in out.text
    assert not any("\x80" <= ch <= "\x9f" for ch in out.text)


def test_a_koi8_text_is_still_read_in_its_own_charset() -> None:
    assert decode_body("привет".encode("koi8-r"), "koi8-r") == "привет"


@pytest.mark.parametrize("subtype", ["csv", "markdown", "enriched"])
@pytest.mark.parametrize("charset_param,body,words", [
    ('; charset="iso-8859-1"', "Ik voel me één keer blij, ça va".encode(),
     "Ik voel me één keer blij, ça va"),
    ('; charset="iso-8859-1"', "Hij zei \u2018niemand\u2019 \u2013 écoutez".encode("cp1252"),
     "Hij zei \u2018niemand\u2019 \u2013 écoutez"),
])
def test_an_inline_text_part_of_another_kind_follows_the_same_charset_rule(
        subtype: str, charset_param: str, body: bytes, words: str) -> None:
    """A csv, markdown or enriched part is read by the attachment sniffer, which kept a
    charset order of its own: UTF-8 labelled Latin-1 arrived as "Ã©Ã©n"."""
    raw = _mail(charset_param, body).replace(b"Content-Type: text/plain",
                                             b"Content-Type: text/" + subtype.encode())
    message = email.message_from_bytes(raw, policy=email.policy.default)
    out = forward_body(message, REPLACEMENT, "lumi.example", "[afbeelding verwijderd]")
    assert words in out.text
    assert "Ã" not in out.text and not any("\x80" <= ch <= "\x9f" for ch in out.text)
