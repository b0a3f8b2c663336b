"""Part `volunteer` of the sixth held-out relay-text corpus (dev/heldout-v6/volunteer/) is
consistent with
its labels and with its generator.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

import email
import email.policy
import re
import tomllib
from collections import Counter
from email.message import EmailMessage

import pytest

from tests.tools.relay_corpus_check import check_set, decoded
from tests.tools.relay_corpus_heldout import SHAPES
from tests.tools.relay_corpus_heldout6_volunteer import EXTRA_SHAPES, HEADER, OUT, build
from tests.tools.relay_corpus_set_checks import (
    ISSUE_NAMES,
    check_part_is_what_its_generator_renders,
)

pytestmark = pytest.mark.skipif(not OUT.exists(), reason="the sixth set's volunteer part is not there")  # noqa: E501


def _labels() -> dict[str, dict[str, object]]:
    return tomllib.loads((OUT / "labels.toml").read_text(encoding="utf-8"))


def _strs(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


def _msg(name: str) -> EmailMessage:
    msg = email.message_from_bytes((OUT / name).read_bytes(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def test_labels_agree_with_the_mails() -> None:
    assert check_set(OUT) == []


def test_files_are_what_the_generator_renders() -> None:
    check_part_is_what_its_generator_renders(OUT, build, HEADER)
    assert "sixth set, part volunteer" in HEADER


def test_part_is_one_folder_with_one_labels_file() -> None:
    # A subfolder with its own labels.toml would silently join the set (see the README).
    assert [p.name for p in OUT.iterdir() if p.is_dir()] == []
    assert sorted(p.name for p in OUT.iterdir() if p.suffix != ".eml") == ["labels.toml"]


def test_own_client_shapes_are_prefixed_and_registered_as_written() -> None:
    # The shared table is only extended: a shape of this part never replaces anyone else's.
    assert EXTRA_SHAPES
    for key, shape in EXTRA_SHAPES.items():
        assert key.startswith("v6vol_"), key
        assert SHAPES[key] is shape, key


def test_every_answer_is_a_volunteers_reply_to_its_forward() -> None:
    for name, label in _labels().items():
        assert re.fullmatch(r"v-\d{4}-[a-z0-9-]+\.eml", name), name
        assert label["direction"] == "volunteer", name
        msg = _msg(name)
        assert str(msg["To"]).strip() == "{alias}", name
        assert str(msg["In-Reply-To"]).strip() == "{forward_id}", name
        assert str(msg["References"]).strip() == "{forward_id}", name


def test_part_has_the_promised_size_and_spread() -> None:
    labels = _labels()
    assert len(labels) == 85
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages == Counter({"nl": 60, "fr": 15, "en": 10}), languages
    assert len({str(v["client"]) for v in labels.values()}) >= 29
    tags = Counter(t for v in labels.values() for t in _strs(v["tags"]))
    for tag in ("work-signature", "private-account", "student", "retiree", "disclaimer",
                "disclaimer-fr", "disclaimer-en", "client-line", "logo", "logo-attachment",
                "vcard", "banner", "sig-html-only", "second-address", "phone-in-text",
                "phone-in-sig", "short-form-name", "initials", "nickname-sign",
                "own-name-in-text", "signed-other-name", "advice-like-signature",
                "family-named", "greets-pseudonym", "quoted-history", "top-posted",
                "bottom-posted", "inline-answer", "no-quote", "very-short", "long",
                "no-display-name", "html-only", "sig-dash", "thema-line", "crlf",
                "encoded-display-name", "comment-display-name", "wrong-account",
                "voice-to-text", "tussentaal", "dialect", "emoji", "typos", "capitals",
                "no-punctuation", "cc-own-address", "reply-to-private", "sender-header",
                "business-account", "shared-family-account", "partner-account",
                # the shapes the README's list of rounds does not name
                "pronunciation-guide", "callsign", "geo-coordinates", "maps-link", "vu-line",
                "working-hours-line", "writing-assistant-line", "scheduled-send-line",
                "template-remnant", "auth-header", "autocrypt-header", "inline-pgp",
                "markdown", "bio-link", "pet-handle", "playlist-link", "abroad-number",
                "student-number", "village-nickname", "doc-link-name", "qr-card", "badge-alt",
                "self-forward", "hidden-preheader", "tel-href-only", "riziv-number",
                "vcard-pasted-text", "address-change-notice", "keyboard-slip"):
        assert tags[tag] >= 1, tag
    for tag, least in (("work-signature", 25), ("private-account", 50), ("disclaimer", 15),
                       ("client-line", 25), ("greets-pseudonym", 80), ("top-posted", 65),
                       ("bottom-posted", 5), ("inline-answer", 3), ("thema-line", 5),
                       ("signed-other-name", 5), ("unlisted-shape", 29)):
        assert tags[tag] >= least, (tag, tags[tag])


def test_shapes_the_tags_promise_are_in_the_mails() -> None:
    # A tag is a claim about the mail: check the ones a reader would count on.
    for name, label in _labels().items():
        raw = (OUT / name).read_bytes()
        raw_text = raw.decode("utf-8", "replace")
        msg = _msg(name)
        tags = set(_strs(label["tags"]))
        types = [part.get_content_type() for part in msg.walk()]
        dispositions = [part.get_content_disposition() for part in msg.walk()]
        reader, everything = decoded(msg)
        identity = _strs(label["identity"])
        longest = max(_strs(label["content"]), key=len).casefold()
        if "vcard" in tags:
            assert "text/x-vcard" in types and "attachment" in dispositions, name
        if "vcard-pasted-text" in tags:
            assert "BEGIN:VCARD" in reader and "text/x-vcard" not in types, name
        if "html-only" in tags:
            assert "text/plain" not in types and "text/html" in types, name
        if "logo" in tags:
            assert "image/png" in types, name
        if "logo-attachment" in tags:
            assert "multipart/mixed" in types and "attachment" in dispositions, name
        if "no-quote" in tags or "inline-answer" in tags:
            assert b"gmail_quote" not in raw and b"border-top:solid #E1E1E1" not in raw, name
            assert "hulp@lumi.example" not in reader, name
        if "inline-answer" in tags:
            assert reader.count("\n> ") >= 2, name
        if "no-display-name" in tags:
            assert "<" not in str(msg["From"]), name
        if "encoded-display-name" in tags:
            assert re.search(rb"^From: =\?", raw, re.M), name
        if "comment-display-name" in tags:
            assert re.search(rb"^From: \S+@\S+ \(", raw, re.M), name
        if "crlf" in tags:
            assert raw.count(b"\n") == raw.count(b"\r\n") > 0, name
        if "thema-line" in tags:
            own_tags = [ln for ln in reader.splitlines()
                        if "#thema:" in ln and "#thema: ..." not in ln and not ln.startswith(">")]
            assert own_tags, name
        if "greets-pseudonym" in tags:
            assert "{pseudonym}" in reader.split("hulp@lumi.example")[0] or \
                "bottom-posted" in tags, name
        if "top-posted" in tags or "bottom-posted" in tags:
            text = reader.casefold()
            own, note = text.find(longest), text.find("hulp@lumi.example")
            assert own >= 0 and note >= 0, name
            assert (own < note) == ("top-posted" in tags), name
        if "sig-html-only" in tags:
            assert "text/html" in types and "text/plain" in types, name
            assert any(i not in reader and i in raw_text for i in identity), name
        if "wrong-account" in tags:
            assert str(label["volunteer"]) not in str(msg["From"]), name
        for tag, header in (("cc-own-address", "Cc"), ("reply-to-private", "Reply-To"),
                            ("sender-header", "Sender"), ("autocrypt-header", "Autocrypt"),
                            ("auth-header", "X-Authenticated-User")):
            if tag in tags:
                value = str(msg[header] or "")
                assert value, (name, header)
                assert any(i.casefold() in value.casefold() for i in identity), (name, header)
        if "client-line" in tags:
            assert any(i in reader for i in identity if re.search(
                r"Verstuurd|Verzonden|Envoy|Envoi|Sent|Get Outlook|Télécharger|downloaden|"
                r"Nagekeken|BlackBerry", i)), name
        if "hidden-preheader" in tags:
            assert "display:none" in everything, name
        if "tel-href-only" in tags:
            assert any(f'href="tel:{i}"' in everything for i in identity), name
            assert not any(i in reader for i in identity if i.startswith("+")), name
        if "qr-card" in tags or "badge-alt" in tags:
            assert any(f"Content-Description: {i}" in raw_text for i in identity), name
        if "inline-pgp" in tags:
            assert "-----BEGIN PGP SIGNED MESSAGE-----" in reader, name
        if "markdown" in tags:
            assert "**" in reader and re.search(r"^(?:- |1\. )", reader, re.M), name
        if "template-remnant" in tags:
            assert re.search(r"\[naam[^\]]*\]", reader), name
        if "self-forward" in tags:
            assert "Forwarded message" in reader, name
        if "vu-line" in tags:
            assert "V.U.:" in reader, name
        if "pronunciation-guide" in tags:
            assert "uitspraak:" in reader, name


def test_part_names_no_one_from_the_issue() -> None:
    # The set is worth something only if its people are new: the issue's names must not recur.
    raw = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                    for p in OUT.glob("*.eml")).casefold()
    for name in ISSUE_NAMES:
        assert re.search(rf"(?<!\w){name}(?!\w)", raw) is None, name


def test_every_answer_names_its_registered_volunteer() -> None:
    for name, label in _labels().items():
        assert label["volunteer"] and label["nickname"], name
        raw = (OUT / name).read_text(encoding="utf-8", errors="replace")
        assert str(label["volunteer"]) in raw, name
