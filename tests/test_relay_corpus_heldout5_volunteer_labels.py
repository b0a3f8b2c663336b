"""Part `volunteer` of the fifth held-out relay-text corpus (dev/heldout-v5/volunteer/, held out
until 2026-12-07) is consistent with
its labels and with its generator.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

import re
from collections import Counter

import tests.tools.relay_corpus_heldout5_volunteer as generator
from tests.tools import relay_corpus_part_checks as checks
from tests.tools.relay_corpus_part_checks import LabelledPart, strs

PART = LabelledPart(generator, "tests.tools.relay_corpus_heldout5_volunteer_cases", "v5vol_",
                    r"v-\d{4}-[a-z0-9-]+\.eml")


def test_labels_agree_with_the_mails() -> None:
    checks.check_labels_agree_with_the_mails(PART)


def test_files_are_what_the_generator_renders() -> None:
    checks.check_files_are_what_the_generator_renders(PART, "fifth set, part volunteer")


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
    assert len({str(v["client"]) for v in labels.values()}) >= 28
    tags = Counter(t for v in labels.values() for t in strs(v["tags"]))
    for tag in ("work-signature", "private-account", "student", "retiree", "disclaimer",
                "disclaimer-fr", "disclaimer-en", "client-line", "logo", "logo-attachment",
                "vcard", "banner", "sig-html-only", "second-address", "phone-in-text",
                "phone-in-sig", "short-form-name", "initials", "nickname-sign",
                "own-name-in-text", "colleague-named", "family-named", "greets-pseudonym",
                "quoted-history", "top-posted", "bottom-posted", "inline-answer", "no-quote",
                "very-short", "long", "no-display-name", "html-only", "sig-dash", "thema-line",
                "crlf", "encoded-display-name", "comment-display-name", "wrong-account",
                "voice-to-text", "tussentaal", "dialect", "emoji", "typos", "capitals",
                "no-punctuation", "cc-own-address", "reply-to-private", "sender-header",
                "read-receipt", "organization-header", "antivirus-footer", "translator-line",
                "own-script", "totem-sign", "eco-footer", "business-account",
                "shared-family-account", "partner-account", "subject-name"):
        assert tags[tag] >= 1, tag
    for tag, least in (("work-signature", 25), ("private-account", 50), ("disclaimer", 15),
                       ("client-line", 25), ("greets-pseudonym", 80), ("top-posted", 70),
                       ("bottom-posted", 5), ("inline-answer", 3), ("thema-line", 8),
                       ("unlisted-shape", 28)):
        assert tags[tag] >= least, (tag, tags[tag])


def test_shapes_the_tags_promise_are_in_the_mails() -> None:
    checks.check_volunteer_shapes_the_tags_promise(
        PART, {}, in_headers=(), client_line=CLIENT_LINE, named_twice=(), card_like=(),
        volunteer_in={}, inline_quotes=0, extra=_fifth_set_shapes)


# This set's client lines, and the antivirus and translator footers that name the writer as one.
CLIENT_LINE = (r"Verstuurd|Verzonden|Envoy|Sent|Get Outlook|Télécharger|downloaden|Virusvrij|"
               r"Traduit|BlackBerry")


def _fifth_set_shapes(answer: checks.Answer) -> None:
    # What this set's own tags promise beyond the shared ones.
    name, tags, identity, reader, msg = (answer.name, answer.tags, answer.identity, answer.reader,
                                         answer.msg)
    if "no-quote" in tags:
        assert b"> " not in answer.raw, name
    if "thema-in-sentence" in tags:
        assert any(re.search(r"[.!?] #thema: \w", ln) for ln in reader.splitlines()), name
    # The headers that carry the volunteer's second address or employer: each is labelled.
    for tag, header in (("cc-own-address", "Cc"), ("reply-to-private", "Reply-To"),
                        ("sender-header", "Sender"), ("organization-header", "Organization"),
                        ("read-receipt", "Disposition-Notification-To")):
        if tag in tags:
            value = str(msg[header] or "")
            assert value, (name, header)
            assert any(i.casefold() in value.casefold() for i in identity), (name, header)
    if "subject-name" in tags:
        subject = str(msg["Subject"]).casefold()
        assert any(len(i) >= 3 and i.casefold() in subject for i in identity), name
    if "own-script" in tags:
        assert any(not i.isascii() and not any("a" <= c.lower() <= "z" for c in i)
                   for i in identity), name
    if "antivirus-footer" in tags or "translator-line" in tags:
        assert any(i in reader for i in identity if re.search(CLIENT_LINE, i)), name


def test_part_names_no_one_from_the_issue() -> None:
    checks.check_names_no_one_from_the_issue(PART)


def test_every_answer_names_its_registered_volunteer() -> None:
    checks.check_every_answer_names_its_registered_volunteer(PART)
