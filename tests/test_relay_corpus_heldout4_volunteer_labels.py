"""Part `volunteer` of the fourth held-out relay-text corpus (dev/heldout-v4/volunteer/, held out
until 2026-12-07) is consistent with its labels and with its generator.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

from collections import Counter

import tests.tools.relay_corpus_heldout4_volunteer as generator
from tests.tools import relay_corpus_part_checks as checks
from tests.tools.relay_corpus_part_checks import LabelledPart, strs

# This part's client shapes carry no prefix of their own (none are checked here).
PART = LabelledPart(generator, "tests.tools.relay_corpus_heldout4_volunteer_cases", "",
                    r"v-\d{4}-[a-z0-9-]+\.eml")


def test_labels_agree_with_the_mails() -> None:
    checks.check_labels_agree_with_the_mails(PART)


def test_files_are_what_the_generator_renders() -> None:
    checks.check_files_are_what_the_generator_renders(PART, "fourth set, part volunteer")


def test_part_is_one_folder_with_one_labels_file() -> None:
    checks.check_part_is_one_folder_with_one_labels_file(PART)


def test_every_answer_is_a_volunteers_reply_to_its_forward() -> None:
    checks.check_every_answer_is_a_volunteers_reply_to_its_forward(PART)


def test_part_has_the_promised_size_and_spread() -> None:
    labels = PART.labels()
    assert len(labels) == 90
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages["nl"] >= 60 and languages["fr"] >= 15 and languages["en"] >= 11, languages
    assert languages["nl"] > languages["fr"] + languages["en"], languages
    assert len({str(v["client"]) for v in labels.values()}) >= 20
    tags = Counter(t for v in labels.values() for t in strs(v["tags"]))
    for tag in ("work-signature", "private-account", "student", "retiree", "disclaimer",
                "disclaimer-fr", "disclaimer-en", "client-line", "logo", "logo-attachment",
                "vcard", "banner", "sig-html-only", "second-address", "phone-in-text",
                "phone-in-sig", "short-form-name", "initials", "nickname-sign",
                "own-name-in-text", "colleague-named", "greets-pseudonym", "quoted-history",
                "top-posted", "bottom-posted", "inline-answer", "no-quote", "very-short",
                "long", "no-display-name", "html-only", "sig-dash", "thema-line", "crlf",
                "encoded-display-name", "comment-display-name", "wrong-account"):
        assert tags[tag] >= 1, tag
    for tag, least in (("work-signature", 30), ("private-account", 30), ("disclaimer", 15),
                       ("client-line", 15), ("greets-pseudonym", 60), ("top-posted", 50),
                       ("bottom-posted", 5), ("inline-answer", 4), ("thema-line", 5)):
        assert tags[tag] >= least, (tag, tags[tag])


def test_shapes_the_tags_promise_are_in_the_mails() -> None:
    checks.check_volunteer_shapes_the_tags_promise(
        PART, {}, in_headers=(), client_line=None, named_twice=(), card_like=(), volunteer_in={},
        inline_quotes=0, extra=_no_quote_has_no_quote_marker)


def _no_quote_has_no_quote_marker(answer: checks.Answer) -> None:
    if "no-quote" in answer.tags:
        assert b"> " not in answer.raw, answer.name


def test_part_names_no_one_from_the_earlier_sets() -> None:
    checks.check_names_no_one_from_the_issue(PART)


def test_every_answer_names_its_registered_volunteer() -> None:
    checks.check_every_answer_names_its_registered_volunteer(PART)
