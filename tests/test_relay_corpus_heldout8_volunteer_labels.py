"""Part `volunteer` of the eighth held-out relay-text corpus (dev/heldout-v8/volunteer/, held
out until 2026-12-07) is consistent with its labels and with its generator.

Only the corpus's own bookkeeping is checked here (labels against mails, files against the
hand-written cases); how well the relay does on it is the benchmark's business, and whoever tunes
the relay does not read these mails.
"""

from __future__ import annotations

from collections import Counter

import pytest

import tests.tools.relay_corpus_heldout8_volunteer as generator
from tests.tools import relay_corpus_part_checks as checks
from tests.tools.relay_corpus_part_checks import LabelledPart

OUT = generator.OUT
PART = LabelledPart(generator, "tests.tools.relay_corpus_heldout8_volunteer_cases", "v8vol_",
                    r"v-\d{4}-h8v-[a-z0-9-]+\.eml")

pytestmark = pytest.mark.skipif(not OUT.exists(), reason="the eighth set's volunteer part is not there")  # noqa: E501

# The shapes the README's list of rounds does not name; each "new-shape" mail carries one of them,
# and the mail's text (reader text, or for an image's alt text the whole mail) holds one of the
# strings given for it.
SHAPE_TEXT: dict[str, tuple[str, ...]] = {
    "absence-in-sig": ("Afwezig van", "absent du"),
    "hiring-banner": ("We zoeken collega's", "On recrute"),
    "directions-line": ("ingang via",),
    "carplay-dictation": ("via CarPlay",),
    "archive-gateway-footer": ("gearchiveerd door Mimecast",),
    "reading-time-line": ("Leestijd:", "Temps de lecture"),
    "location-pin-line": ("📍",),
    "breathing-count-numbers": ("4-7-8", "4-4-4-4"),
    "bingo-grid": ("BINGO",),
    "self-contract": ("Handtekening: ____", "Signed: ____"),
    "ai-disclosure-line": ("ChatGPT",),
    "kudos-link": ("kudo",),
    "grounding-list": ("5 dingen die je ziet",),
    "name-pronunciation": ("spreek uit:", "se prononce"),
    "scheduled-send-line": ("Verzending ingepland",),
    "bcc-note": ("in bcc",),
    "itsme-signature": ("ondertekend met itsme",),
    "timezone-line": ("UTC",),
    "code-comment-signoff": ("\n// ",),
    "qr-code-alt": ('alt="QR-code',),
    "shop-hours-in-sig": ("Open di–za",),
    "communication-preference-line": ("Ik ben autistisch",),
    "mail-drop-link": ("met Mail Drop",),
    "receipt-layout": ("KASSATICKET", "TOTAAL:"),
    "countdown-line": ("werkdagen tot mijn pensioen",),
    "weather-report-advice": ("weerbericht",),
    "mail-merge-residue": ("«Voornaam»",),
    "availability-status-line": ("🟢 bereikbaar",),
    "carrier-ad-footer": ("gratis mailbox",),
    "mandate-line": ("Conseillère communale",),
}
NEW_SHAPES = set(SHAPE_TEXT)


def test_labels_agree_with_the_mails() -> None:
    checks.check_labels_agree_with_the_mails(PART)


def test_files_are_what_the_generator_renders() -> None:
    checks.check_files_are_what_the_generator_renders(PART, "eighth set, part volunteer")


def test_part_is_one_folder_with_one_labels_file() -> None:
    checks.check_part_is_one_folder_with_one_labels_file(PART)


def test_own_client_shapes_are_prefixed_and_registered_as_written() -> None:
    checks.check_own_client_shapes_are_prefixed_and_registered(PART)


def test_every_answer_is_a_volunteers_reply_to_its_forward() -> None:
    checks.check_every_answer_is_a_volunteers_reply_to_its_forward(PART)


def test_part_has_the_promised_size_and_spread() -> None:
    labels = PART.labels()
    assert len(labels) == 89
    languages = Counter(str(v["language"]) for v in labels.values())
    assert languages == Counter({"nl": 64, "fr": 15, "en": 10}), languages
    assert len({str(v["client"]) for v in labels.values()}) >= 30
    tags = PART.tag_counts()
    for tag in ("work-account", "private-account", "family-account", "partner-account",
                "business-account", "student", "worker", "retiree", "parent", "teacher",
                "work-signature", "disclaimer", "disclaimer-fr", "disclaimer-en", "client-line",
                "logo", "logo-attachment", "vcard", "sig-html-only", "phone-in-sig",
                "short-form-name", "initials", "nickname-sign", "own-name-in-text",
                "signed-other-name", "signed-name", "advice-like-signature",
                "content-like-signature", "content-like-identity", "family-named",
                "greets-pseudonym", "quoted-history", "top-posted", "bottom-posted",
                "inline-answer", "very-short", "long", "no-display-name", "html-only", "sig-dash",
                "thema-line", "crlf", "encoded-display-name", "comment-display-name",
                "wrong-account", "voice-to-text", "tussentaal", "dialect", "emoji", "typos",
                "capitals", "no-punctuation", "text-speak", "mixed-language", "cc-own-address",
                "reply-to-private", "pronouns", "title", *sorted(NEW_SHAPES)):
        assert tags[tag] >= 1, tag
    for tag, least in (("work-signature", 19), ("private-account", 60), ("disclaimer", 12),
                       ("client-line", 25), ("greets-pseudonym", 89), ("top-posted", 84),
                       ("bottom-posted", 2), ("inline-answer", 3), ("thema-line", 5),
                       ("signed-other-name", 4), ("wrong-account", 8), ("new-shape", 38)):
        assert tags[tag] >= least, (tag, tags[tag])


def test_a_third_is_in_shapes_the_rounds_do_not_name() -> None:
    checks.check_share_in_new_shapes(PART, NEW_SHAPES, share=3, fr=4, en=4)


def test_shapes_the_tags_promise_are_in_the_mails() -> None:
    checks.check_volunteer_shapes_the_tags_promise(PART, SHAPE_TEXT, in_headers={"qr-code-alt"})


def test_part_names_no_one_from_the_issue() -> None:
    checks.check_names_no_one_from_the_issue(PART)


def test_every_answer_names_its_registered_volunteer() -> None:
    checks.check_every_answer_names_its_registered_volunteer(PART)


def test_links_the_writers_wrote_are_invented() -> None:
    checks.check_links_the_writers_wrote_are_invented(PART)
