"""Part `volunteer` of the third held-out relay-text corpus (heldout/volunteer/) is consistent
with its labels and with its generator.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

from collections import Counter

import tests.tools.relay_corpus_heldout3_volunteer as generator
from tests.tools import relay_corpus_part_checks as checks
from tests.tools.relay_corpus_part_checks import LabelledPart, strs

# This part's client shapes carry no prefix of their own (none are checked here).
PART = LabelledPart(generator, "tests.tools.relay_corpus_heldout3_volunteer_cases", "",
                    r"v-\d{4}-[a-z0-9-]+\.eml")


def test_labels_agree_with_the_mails() -> None:
    checks.check_labels_agree_with_the_mails(PART)


def test_files_are_what_the_generator_renders() -> None:
    checks.check_files_are_what_the_generator_renders(PART, "third set, part volunteer")


def test_part_is_one_folder_with_one_labels_file() -> None:
    checks.check_part_is_one_folder_with_one_labels_file(PART)


def test_part_has_the_promised_size_and_spread() -> None:
    labels = PART.labels()
    assert len(labels) == 70
    assert {str(v["direction"]) for v in labels.values()} == {"volunteer"}
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages["nl"] >= 43 and languages["fr"] >= 14 and languages["en"] >= 9, languages
    assert len({str(v["client"]) for v in labels.values()}) >= 12
    tags = Counter(t for v in labels.values() for t in strs(v["tags"]))
    for tag in ("work-signature", "disclaimer", "client-line", "logo", "vcard", "sig-html-only",
                "second-address", "short-form-name", "phone-in-sig", "greets-pseudonym",
                "quoted-history", "top-posted", "bottom-posted", "no-quote", "very-short",
                "long", "no-display-name", "html-only", "sig-dash"):
        assert tags[tag] >= 1, tag


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
