"""A mail whose words are there arrives with them, whatever its charset or MIME shape.

Each of these arrived EMPTY (or as an attachment withheld whole) while the writer's words
were in it: an empty text/plain beside the HTML that holds them (Apple Mail, phone apps, web
forms), a multipart the parser found no parts in (no boundary parameter, or one its body does
not use), text in UTF-16 or UTF-32 (labelled, or with only a byte order mark), and text in
Shift_JIS, whose first bytes open like a binary OpenPGP packet. Hebrew labelled
iso-8859-8-i and GB18030 text labelled gb2312 came out as other letters or replacement marks.
A binary declared as text is still withheld.
"""

from __future__ import annotations

import base64
from email.message import Message

import pytest

from mailhandler.core.message import decode_body, parse
from tests.test_relay_text import _answer, _forward

WORDS = "ik word gepest op school en ik durf het niet te zeggen"
SEEKER = b"From: Lien Janssens <lien@thuis.example>\r\n"
VOLUNTEER = b"From: Vera Verstraete <vera@vrijwilligers.example>\r\n"
HEAD = b"To: hulp@lumi.example\r\nSubject: vraag\r\nMIME-Version: 1.0\r\n"


def _single(ctype: bytes, body: bytes, cte: bytes = b"8bit") -> bytes:
    return (HEAD + b"Content-Type: " + ctype + b"\r\nContent-Transfer-Encoding: " + cte
            + b"\r\n\r\n" + body + b"\r\n")


def _part(ctype: bytes, body: bytes) -> bytes:
    return b"--BB\r\nContent-Type: " + ctype + b"\r\n\r\n" + body + b"\r\n"


def _alternative(*parts: bytes) -> bytes:
    return (HEAD + b'Content-Type: multipart/alternative; boundary="BB"\r\n\r\n'
            + b"".join(parts) + b"--BB--\r\n")


HTML = b"<html><body><p>" + WORDS.encode() + b"</p></body></html>"
SHAPES = {
    "empty text beside the html": _alternative(
        _part(b"text/plain; charset=utf-8", b""), _part(b"text/html; charset=utf-8", HTML)),
    "blank text beside the html": _alternative(
        _part(b"text/plain; charset=utf-8", b" \xc2\xa0\r\n"),
        _part(b"text/html; charset=utf-8", HTML)),
    "html first, empty text after": _alternative(
        _part(b"text/html; charset=utf-8", HTML), _part(b"text/plain; charset=utf-8", b"")),
    "multipart without a boundary": HEAD + b"Content-Type: multipart/mixed\r\n\r\n"
    + WORDS.encode() + b"\r\n",
    "multipart whose boundary its body does not use": HEAD
    + b'Content-Type: multipart/mixed; boundary="XX"\r\n\r\n'
    + _part(b"text/plain; charset=utf-8", WORDS.encode()) + b"--BB--\r\n",
    "utf-16 labelled, no byte order mark": _single(
        b"text/plain; charset=utf-16le", base64.b64encode(WORDS.encode("utf-16-le")), b"base64"),
    "utf-16 byte order mark, no charset": _single(
        b"text/plain", base64.b64encode(WORDS.encode("utf-16")), b"base64"),
    "utf-32 labelled": _single(
        b"text/plain; charset=utf-32", base64.b64encode(WORDS.encode("utf-32")), b"base64"),
    "html in utf-16": _single(
        b"text/html; charset=utf-16", base64.b64encode(HTML.decode().encode("utf-16")),
        b"base64"),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_a_young_persons_words_arrive_whatever_the_mails_shape(shape: str) -> None:
    body, _ = _forward(parse(SEEKER + SHAPES[shape]))
    assert WORDS in body.text
    assert body.withheld == ()


@pytest.mark.parametrize("shape", SHAPES)
def test_a_volunteers_words_arrive_whatever_the_mails_shape(shape: str) -> None:
    body, _ = _answer(parse(VOLUNTEER + SHAPES[shape]), "vera@vrijwilligers.example", "Vera")
    assert WORDS in body.text
    assert body.withheld == ()


def test_a_young_persons_shift_jis_mail_is_read_not_withheld_as_an_openpgp_packet() -> None:
    words = "学校でいじめられています。誰にも言えません。"
    body, _ = _forward(parse(SEEKER + _single(b"text/plain; charset=shift_jis",
                                               words.encode("shift_jis"))))
    assert words in body.text and body.withheld == ()


def test_the_names_in_a_mail_read_by_its_opening_boundary_are_still_replaced() -> None:
    raw = (SEEKER + HEAD + b"Content-Type: multipart/mixed\r\n\r\n"
           + _part(b"text/plain; charset=utf-8", b"hoi, ik ben Lien Janssens\r\n" + WORDS.encode())
           + b"--BB--\r\n")
    body, data = _forward(parse(raw))
    assert WORDS in body.text and "Janssens" not in body.text
    assert b"Content-Type: text/plain" not in data.split(b"\r\n\r\n", 1)[1][:200]


@pytest.mark.parametrize(("label", "text", "codec"), [
    ("iso-8859-8-i", "שלום, אני מפחדת", "iso-8859-8"),
    ("gb2312", "我在学校被欺负😢", "gb18030"),
])
def test_a_charset_label_python_does_not_know_reads_as_mail_clients_read_it(
        label: str, text: str, codec: str) -> None:
    assert decode_body(text.encode(codec), label) == text


def test_a_binary_declared_as_utf16_text_is_still_withheld() -> None:
    raw = (SEEKER + HEAD + b'Content-Type: multipart/mixed; boundary="BB"\r\n\r\n'
           + _part(b"text/plain; charset=utf-8", b"kijk")
           + b"--BB\r\nContent-Type: text/plain; charset=utf-16\r\n"
           + b"Content-Transfer-Encoding: base64\r\n\r\n"
           + base64.b64encode(b"MZ\x90\x00" + bytes(range(256)) * 2) + b"\r\n--BB--\r\n")
    body, _ = _forward(parse(raw))
    assert "kijk" in body.text and body.withheld


def test_nested_multiparts_without_a_boundary_are_split_a_bounded_number_of_times(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Each split parses the part's body again: a mail nesting thousands of such parts must not
    # cost the square of its size. The first few are split, the rest read as text.
    import mailhandler.core.relay as relay

    calls = 0
    real = relay._as_mail

    def counting(data: bytes) -> Message | None:
        nonlocal calls
        calls += 1
        return real(data)

    monkeypatch.setattr(relay, "_as_mail", counting)
    nested = "".join(f"--b{n}\r\nContent-Type: multipart/mixed\r\n\r\n" for n in range(2000))
    raw = (b"From: Sam <sam@thuis.example>\r\nTo: hulp@lumi.example\r\nSubject: x\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\n"
           + nested.encode() + b"ik ben bang\r\n")
    body, _ = _forward(parse(raw))
    assert calls <= relay._MAX_RESPLITS + 1
    assert "ik ben bang" in body.text
