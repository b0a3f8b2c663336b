"""Part `volunteer` of the seventh held-out relay-text corpus
(dev/heldout-v7/volunteer/) is consistent
with its labels and with its generator.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

import tests.tools.relay_corpus_heldout7_volunteer as generator
from tests.tools import relay_corpus_part_checks as checks
from tests.tools.relay_corpus_part_checks import LabelledPart

OUT = generator.OUT
PART = LabelledPart(generator, "tests.tools.relay_corpus_heldout7_volunteer_cases", "v7vol_",
                    r"v-\d{4}-h7v-[a-z0-9-]+\.eml")

pytestmark = pytest.mark.skipif(not OUT.exists(), reason="the seventh set's volunteer part is not there")  # noqa: E501

# The shapes the README's list of rounds does not name; each "new-shape" mail carries one of them.
NEW_SHAPES = {
    "helpdesk-ticket", "file-share-text", "secure-mail-footer", "unicode-styled-name",
    "doc-comments-paste", "screenreader-line", "braille-name", "scan-ocr-letter", "teams-share",
    "thread-numbering", "volunteer-id-number", "google-groups-via", "initials-comment-markers",
    "ice-contact", "outlook-recall-line", "app-streak-line", "dictated-not-read",
    "child-typed-line", "fundraising-link", "stage-name", "bilingual-split-by-rules",
    "recipe-advice", "mood-grid", "letter-to-self", "seasonal-banner", "newsletter-tool-footer",
    "digital-card-link", "signature-generator-credit", "video-message-link",
    "signed-off-by-trailer", "personal-meeting-room",
}

# A tag that promises a shape names a string the mail's reader text must hold.
SHAPE_TEXT = {
    "helpdesk-ticket": "##- Typ je antwoord boven deze lijn -##",
    "file-share-text": "heeft je een bestand gestuurd",
    "secure-mail-footer": "Zivver",
    "doc-comments-paste": "[Opmerking ",
    "screenreader-line": "brailleleesregel",
    "scan-ocr-letter": "herkend door",
    "teams-share": "Gedeeld vanuit Microsoft Teams",
    "thread-numbering": "6/6",
    "volunteer-id-number": "vrijwilligersnummer",
    "ice-contact": "ICE (in geval van nood)",
    "outlook-recall-line": "intrekken",
    "app-streak-line": "Duolingo",
    "fundraising-link": "sponsor me",
    "bilingual-split-by-rules": "FR ↓",
    "recipe-advice": "Bereiding:",
    "letter-to-self": "Lieve ik,",
    "newsletter-tool-footer": "Se désinscrire",
    "digital-card-link": "carte de visite digitale",
    "signature-generator-credit": "WiseStamp",
    "video-message-link": "loom.example",
    "signed-off-by-trailer": "Signed-off-by:",
    "personal-meeting-room": "Meeting ID",
}


def test_labels_agree_with_the_mails() -> None:
    checks.check_labels_agree_with_the_mails(PART)


def test_files_are_what_the_generator_renders() -> None:
    checks.check_files_are_what_the_generator_renders(PART, "seventh set, part volunteer")


def test_part_is_one_folder_with_one_labels_file() -> None:
    checks.check_part_is_one_folder_with_one_labels_file(PART)


def test_own_client_shapes_are_prefixed_and_registered_as_written() -> None:
    checks.check_own_client_shapes_are_prefixed_and_registered(PART)


def test_every_answer_is_a_volunteers_reply_to_its_forward() -> None:
    checks.check_every_answer_is_a_volunteers_reply_to_its_forward(PART)


def test_part_has_the_promised_size_and_spread() -> None:
    labels = PART.labels()
    assert len(labels) == 87
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages == Counter({"nl": 62, "fr": 15, "en": 10}), languages
    assert len({str(v["client"]) for v in labels.values()}) >= 30
    tags = PART.tag_counts()
    for tag in ("work-account", "private-account", "family-account", "partner-account",
                "business-account", "student", "worker", "retiree", "parent", "teacher",
                "work-signature", "disclaimer", "disclaimer-fr", "disclaimer-en", "client-line",
                "logo", "logo-attachment", "vcard", "sig-html-only", "second-address",
                "phone-in-text", "phone-in-sig", "short-form-name", "initials", "nickname-sign",
                "own-name-in-text", "signed-other-name", "signed-name", "advice-like-signature",
                "content-like-signature", "content-like-identity", "family-named",
                "greets-pseudonym", "quoted-history", "top-posted", "bottom-posted",
                "inline-answer", "no-quote", "very-short", "long", "no-display-name",
                "html-only", "sig-dash", "thema-line", "crlf", "encoded-display-name",
                "comment-display-name", "wrong-account", "voice-to-text", "tussentaal",
                "dialect", "emoji", "typos", "capitals", "no-punctuation", "text-speak",
                "mixed-language", "cc-own-address", "reply-to-private", "pronouns", "title",
                *sorted(NEW_SHAPES)):
        assert tags[tag] >= 1, tag
    for tag, least in (("work-signature", 20), ("private-account", 50), ("disclaimer", 12),
                       ("client-line", 20), ("greets-pseudonym", 85), ("top-posted", 70),
                       ("bottom-posted", 3), ("inline-answer", 4), ("thema-line", 3),
                       ("signed-other-name", 4), ("new-shape", 29)):
        assert tags[tag] >= least, (tag, tags[tag])


def test_a_third_is_in_shapes_the_rounds_do_not_name() -> None:
    checks.check_share_in_new_shapes(PART, NEW_SHAPES, share=3)


def test_shapes_the_tags_promise_are_in_the_mails() -> None:
    checks.check_volunteer_shapes_the_tags_promise(
        PART, {tag: (text,) for tag, text in SHAPE_TEXT.items()}, in_headers=(),
        named_twice=("family-named", "child-typed-line", "ice-contact"),
        extra=_seventh_set_shapes)


def _seventh_set_shapes(answer: checks.Answer) -> None:
    # What this set's own shapes promise beyond their strings.
    name, tags, identity, reader = answer.name, answer.tags, answer.identity, answer.reader
    if "unicode-styled-name" in tags:
        assert any(any(0x1D400 <= ord(ch) <= 0x1D7FF for ch in i) for i in identity), name
    if "braille-name" in tags:
        assert any(all(0x2800 <= ord(ch) <= 0x28FF for ch in i) for i in identity), name
    if "google-groups-via" in tags:
        assert "' via " in str(answer.msg["From"]) and answer.msg["X-Original-Sender"], name
    if "initials-comment-markers" in tags:
        markers = [i for i in identity if re.fullmatch(r"[A-Z]{2}", i)]
        assert markers, name
        assert sum(ln.startswith(f"{markers[0]}:") for ln in reader.splitlines()) >= 3, name
    if "seasonal-banner" in tags:
        assert any("nieuwjaar" in i and f'alt="{i}"' in answer.everything for i in identity), name
    if "dictated-not-read" in tags:
        assert "Gedicteerd, niet nagelezen" in reader or "Dicté mais non relu" in reader, name
    if "mood-grid" in tags:
        assert sum(bool(re.fullmatch(r"(?:ma|di|wo|do|vr) \S+", s)) for s in answer.content) >= 5
    if "stage-name" in tags:
        assert "Miss Tique" in identity, name


def test_part_names_no_one_from_the_issue() -> None:
    checks.check_names_no_one_from_the_issue(PART)


def test_every_answer_names_its_registered_volunteer() -> None:
    checks.check_every_answer_names_its_registered_volunteer(PART)


def test_links_the_writers_wrote_are_invented() -> None:
    checks.check_links_the_writers_wrote_are_invented(PART)
