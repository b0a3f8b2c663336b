"""An HTML-only mail whose words stand only where no mail client shows them arrives with them.

An app that puts the message in the page's <title>, a web form that sends its copy inside a
<textarea>, a newsletter tool's <noscript>, words drawn in an <svg>: the rendering drops such
elements on purpose (their text is no part of what a reader sees), so these mails reached the
volunteers EMPTY and nobody was told. When the rendering shows no word at all, their text is
the mail's text, cleaned by the same rules; the HTML alternative that would show nothing is
rebuilt from it. Code, styles and Office's metadata never are anyone's words.
"""

from __future__ import annotations

import pytest

from mailhandler.core.html import html_to_text
from mailhandler.core.message import parse
from tests.test_relay_text import _answer, _forward

WORDS = "ik word gepest op school en ik durf het niet te zeggen"
SEEKER = b"From: Lien Janssens <lien@thuis.example>\r\n"
VOLUNTEER = b"From: Vera Verstraete <vera@vrijwilligers.example>\r\n"
HEAD = (b"To: hulp@lumi.example\r\nSubject: vraag\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")

HIDDEN = {
    "title": f"<html><head><title>{WORDS}</title></head><body></body></html>",
    "noscript": f"<html><body><noscript><p>{WORDS}</p></noscript></body></html>",
    "template": f"<html><body><template><div>{WORDS}</div></template></body></html>",
    "textarea": f"<form><textarea name=bericht>{WORDS}</textarea></form>",
    "svg": f'<svg width="400" height="40"><text x="0" y="20">{WORDS}</text></svg>',
    "object": f'<object data="kaart.swf"><p>{WORDS}</p></object>',
    "noframes": f"<frameset><frame src=a.html></frameset><noframes><p>{WORDS}</p></noframes>",
    "select": f"<select><option>{WORDS}</option></select>",
}


@pytest.mark.parametrize("where", HIDDEN)
def test_a_young_persons_words_only_in_a_hidden_element_arrive(where: str) -> None:
    body, _ = _forward(parse(SEEKER + HEAD + HIDDEN[where].encode()))
    assert WORDS in body.text
    # The HTML the volunteer's client shows holds them too: not an empty page beside the text.
    assert body.html is not None and WORDS in html_to_text(body.html)


@pytest.mark.parametrize("where", ["title", "noscript", "textarea"])
def test_a_volunteers_words_only_in_a_hidden_element_arrive(where: str) -> None:
    body, _ = _answer(parse(VOLUNTEER + HEAD + HIDDEN[where].encode()),
                      "vera@vrijwilligers.example", "Vera")
    assert WORDS in body.text


def test_the_writers_name_in_hidden_words_is_replaced_like_anywhere_else() -> None:
    markup = "<noscript><p>ik ben Lien Janssens en ik word gepest</p>" \
             "<p>mijn gsm is 0470 12 34 56</p></noscript>"
    body, _ = _forward(parse(SEEKER + HEAD + markup.encode()))
    assert "ik word gepest" in body.text
    for identity in ("Lien", "Janssens", "0470"):
        assert identity not in body.text
        assert body.html is not None and identity not in body.html


def test_code_styles_and_office_metadata_are_never_read_as_words() -> None:
    markup = ("<html><head><style>p { color: red }</style>"
              "<script>var naam = 'geheim';</script>"
              "<xml><o:DocumentProperties><o:Author>Lien Janssens</o:Author>"
              "</o:DocumentProperties></xml></head><body><p>&nbsp;</p></body></html>")
    assert html_to_text(markup).strip() == ""
    body, _ = _forward(parse(SEEKER + HEAD + markup.encode()))
    for code in ("color", "geheim", "naam", "Author"):
        assert code not in body.text


def test_hidden_elements_stay_hidden_when_the_mail_shows_words() -> None:
    # A newsletter's <title> or a tracking <noscript> beside a visible text is no part of it.
    markup = (f"<html><head><title>Nieuwsbrief week 12</title></head><body><p>{WORDS}</p>"
              "<noscript><img src=https://t.example/px.gif alt=teller></noscript></body></html>")
    text = html_to_text(markup)
    assert WORDS in text
    assert "Nieuwsbrief" not in text and "teller" not in text
