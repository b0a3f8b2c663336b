"""Part `volunteer` of the sixth held-out relay-text corpus (dev/heldout-v6/volunteer/) is
consistent with
its labels and with its generator.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

import tests.tools.relay_corpus_heldout6_volunteer as generator
from tests.tools import relay_corpus_part_checks as checks
from tests.tools.relay_corpus_part_checks import LabelledPart, strs

OUT = generator.OUT
PART = LabelledPart(generator, "tests.tools.relay_corpus_heldout6_volunteer_cases", "v6vol_",
                    r"v-\d{4}-[a-z0-9-]+\.eml")

pytestmark = pytest.mark.skipif(not OUT.exists(), reason="the sixth set's volunteer part is not there")  # noqa: E501


def test_labels_agree_with_the_mails() -> None:
    checks.check_labels_agree_with_the_mails(PART)


def test_files_are_what_the_generator_renders() -> None:
    checks.check_files_are_what_the_generator_renders(PART, "sixth set, part volunteer")


def test_part_is_one_folder_with_one_labels_file() -> None:
    checks.check_part_is_one_folder_with_one_labels_file(PART)


def test_own_client_shapes_are_prefixed_and_registered_as_written() -> None:
    checks.check_own_client_shapes_are_prefixed_and_registered(PART)


def test_every_answer_is_a_volunteers_reply_to_its_forward() -> None:
    checks.check_every_answer_is_a_volunteers_reply_to_its_forward(PART)


def test_part_has_the_promised_size_and_spread() -> None:
    labels = PART.labels()
    assert len(labels) == 85
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages == Counter({"nl": 60, "fr": 15, "en": 10}), languages
    assert len({str(v["client"]) for v in labels.values()}) >= 29
    tags = Counter(t for v in labels.values() for t in strs(v["tags"]))
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
    checks.check_volunteer_shapes_the_tags_promise(
        PART, {}, in_headers=(), client_line=CLIENT_LINE, named_twice=(),
        card_like=(), extra=_sixth_set_shapes)


# This set's client lines: more clients than the shared pattern knows.
CLIENT_LINE = (r"Verstuurd|Verzonden|Envoy|Envoi|Sent|Get Outlook|Télécharger|downloaden|"
               r"Nagekeken|BlackBerry")


def _sixth_set_shapes(answer: checks.Answer) -> None:
    # What this set's own tags promise beyond the shared ones.
    name, tags, identity, reader = answer.name, answer.tags, answer.identity, answer.reader
    everything, msg = answer.everything, answer.msg
    raw_text = answer.raw.decode("utf-8", "replace")
    if "vcard-pasted-text" in tags:
        assert "BEGIN:VCARD" in reader and "text/x-vcard" not in answer.types, name
    for tag, header in (("cc-own-address", "Cc"), ("reply-to-private", "Reply-To"),
                        ("sender-header", "Sender"), ("autocrypt-header", "Autocrypt"),
                        ("auth-header", "X-Authenticated-User")):
        if tag in tags:
            value = str(msg[header] or "")
            assert value, (name, header)
            assert any(i.casefold() in value.casefold() for i in identity), (name, header)
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
    checks.check_names_no_one_from_the_issue(PART)


def test_every_answer_names_its_registered_volunteer() -> None:
    checks.check_every_answer_names_its_registered_volunteer(PART)
