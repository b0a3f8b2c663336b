"""A platform's footer wrapped over lines goes with the card above it (dev/heldout-v6 s-0075).

"Dit bericht werd verstuurd via het leerlingenplatform van VTI Brugge. Berichten / kunnen door
de school worden nagelezen." under a pupil's name and class: the footer's first line was known
(signature_lines._FOOTER_LINE), but its wrapped second line reads as a sentence, so the walk up
from the end stopped there and the class and the school crossed. A paragraph that is such a
footer as a whole is now a disclaimer paragraph, and the card above it goes with it.
"""

from __future__ import annotations

from mailhandler.core.message import parse
from tests.test_relay_text import _forward

HEAD = (b"From: Fenna Vanneste <fenna.vanneste@leerling.vti.example>\r\nTo: hulp@lumi.example\r\n"
        b"Subject: reis\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
WORDS = ("Ik ben 17 en we gaan op reis naar Rome. Ik moet een kamer delen met de jongens zegt\n"
         "de directie. Mag dat?\n")


def _text(body: str) -> str:
    forwarded, _ = _forward(parse(HEAD + body.encode()))
    return forwarded.text


def test_a_wrapped_platform_footer_goes_with_the_pupils_card() -> None:
    text = _text(WORDS + "\nFenna\n\nFenna Vanneste\n6 Elektrotechnieken\n\n"
                 "Dit bericht werd verstuurd via het leerlingenplatform van VTI Brugge. Berichten\n"
                 "kunnen door de school worden nagelezen.\n")
    assert "Mag dat?" in text and "directie" in text
    for identity in ("Elektrotechnieken", "VTI Brugge", "Vanneste"):
        assert identity not in text


def test_a_french_footer_wrapped_in_two_lines_goes_too() -> None:
    text = _text(WORDS + "\nFenna Vanneste\n3e secondaire\n\n"
                 "Ce message a été envoyé via la plateforme élèves de l'Athénée Royal de "
                 "Waterloo.\n"
                 "Les messages peuvent être lus par l'école.\n")
    assert "Mag dat?" in text
    assert "Waterloo" not in text and "3e secondaire" not in text


def test_the_writers_own_paragraph_about_how_they_sent_it_stays() -> None:
    # Their words, in the first person: no footer, however it opens.
    own = ("Dit bericht werd verstuurd via de gsm van mijn mama want de mijne is afgepakt.\n"
           "Ik ben zo boos op haar.\n")
    text = _text(WORDS + "\n" + own)
    assert "want de mijne is afgepakt" in text and "Ik ben zo boos op haar." in text


def test_a_writers_short_last_line_under_a_line_shaped_like_a_footer_stays() -> None:
    # Sent "met veel moeite": how the writer sent it, in lower case; no tool, no footer.
    text = _text(WORDS + "\nDit bericht is verstuurd met veel moeite\n\nwat moet ik doen\n")
    assert "Dit bericht is verstuurd met veel moeite" in text and "wat moet ik doen" in text
    text = _text(WORDS + "\nthis message was sent with love and tears\n\nplease answer\n")
    assert "sent with love and tears" in text and "please answer" in text


def test_a_footer_sent_with_a_named_platform_still_goes_with_the_card() -> None:
    text = _text(WORDS + "\nFenna Vanneste\n6 Elektrotechnieken\n\n"
                 "Dit bericht werd verstuurd met Smartschool van VTI Brugge.\n")
    assert "Mag dat?" in text
    for identity in ("Elektrotechnieken", "VTI Brugge", "Vanneste"):
        assert identity not in text
